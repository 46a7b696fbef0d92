package coop.faireavec.passwordreset.web;

/** The page of a forgotten-password link: its token (hidden) and the new password twice. */
record NewPasswordForm(String token, String password, String passwordConfirmation) {

    static NewPasswordForm withToken(String token) {
        return new NewPasswordForm(token, null, null);
    }
}
