package coop.faireavec.setup.web;

import coop.faireavec.setup.SetupService.NewAdministrator;

/**
 * The set-up form: the token of the address (hidden), the first administrator's name, optional e-mail, username,
 * and the password twice. Checked by {@code SetupService.problems}, never bound to an entity.
 */
record SetupForm(
        String token, String displayName, String email, String username, String password, String passwordConfirmation) {

    static SetupForm withToken(String token) {
        return new SetupForm(token, null, null, null, null, null);
    }

    NewAdministrator administrator() {
        return new NewAdministrator(displayName, email, username, password);
    }
}
