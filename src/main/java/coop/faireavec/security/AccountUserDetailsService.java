package coop.faireavec.security;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.UserAccount;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final PeopleService people;

    AccountUserDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                people.accountByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new AccountPrincipal(
                account.getPerson().getId(),
                account.getUsername(),
                account.getPerson().getDisplayName(),
                account.getPasswordHash(),
                account.isAdmin(),
                account.isEnabled(),
                account.getSessionVersion());
    }
}
