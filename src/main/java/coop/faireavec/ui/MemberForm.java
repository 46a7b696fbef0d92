package coop.faireavec.ui;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adding a new person; a username (and then a password) only if they will sign in themselves. */
record MemberForm(
        @NotBlank(message = "{form.member.displayName.required}")
        @Size(max = 120, message = "{form.member.displayName.tooLong}")
        String displayName,

        @Email(message = "{form.email}") @Size(max = 254, message = "{form.member.email.tooLong}")
        String email,

        @Size(max = 40, message = "{form.member.phone.tooLong}")
        String phone,

        College college,
        @NotNull(message = "{form.member.role.required}") ExperimentationRole role,

        @Pattern(regexp = "^$|^[a-zA-Z0-9._-]{3,60}$", message = "{form.username}")
        String username,

        String password,
        // the language of their e-mails: empty for French (the default), or one of LANGUAGES
        @Pattern(regexp = "^$|^(fr|en)$", message = "{account.language.unknown}")
        String language) {

    /** The choices besides the default (French, the empty choice). */
    static final java.util.List<String> LANGUAGES = java.util.List.of("en");

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, ExperimentationRole.PARTICIPANT, null, null, null);
    }
}
