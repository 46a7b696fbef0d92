package coop.faireavec.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user. Roles inside experimentations are not authorities: they are checked per experimentation. */
public final class AccountPrincipal implements UserDetails {

    private final long personId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean admin;
    private final boolean enabled;
    private final int sessionVersion;

    AccountPrincipal(
            long personId,
            String username,
            String displayName,
            String passwordHash,
            boolean admin,
            boolean enabled,
            int sessionVersion) {
        this.sessionVersion = sessionVersion;
        this.personId = personId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.enabled = enabled;
    }

    public Viewer viewer() {
        return new Viewer(personId, username, admin);
    }

    public long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return admin;
    }
    /** The account's session version when this session signed in ({@link SessionVersionFilter}). */
    public int getSessionVersion() {
        return sessionVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
