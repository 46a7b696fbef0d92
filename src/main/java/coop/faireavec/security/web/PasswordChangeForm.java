package coop.faireavec.security.web;

/** The page "change my password": the current password, then the new one twice. Never filled back in. */
record PasswordChangeForm(String current, String password, String passwordConfirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }
}
