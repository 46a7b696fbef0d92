package coop.faireavec.participation.web;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adding a new person; a username (and then a password) only if they will sign in themselves. */
record MemberForm(
        @NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.tooLong}") String displayName,
        @Email(message = "{form.email}") @Size(max = 254, message = "{form.tooLong}") String email,
        @Size(max = 40, message = "{form.tooLong}") String phone,
        College college,
        @NotNull(message = "{form.required}") ExperimentationRole role,
        @Pattern(regexp = "^$|^[a-zA-Z0-9._-]{3,60}$", message = "{form.username}") String username,
        String password) {

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, ExperimentationRole.PARTICIPANT, null, null);
    }
}
