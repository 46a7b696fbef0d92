package coop.faireavec.ui;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Adding someone who already has an account, found by their username. */
record ExistingMemberForm(
        @NotBlank(message = "{form.member.username.required}")
        String username,

        College college,
        @NotNull(message = "{form.member.role.required}") ExperimentationRole role) {

    static ExistingMemberForm empty() {
        return new ExistingMemberForm(null, null, ExperimentationRole.PARTICIPANT);
    }
}
