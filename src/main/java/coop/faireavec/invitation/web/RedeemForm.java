package coop.faireavec.invitation.web;

/**
 * The invitation page's form. First step: the code only. Second step ({@code step=account}): the code again
 * (hidden), the username for someone without an account, the new password twice.
 */
record RedeemForm(String code, String step, String username, String password, String passwordConfirmation) {

    static final String ACCOUNT_STEP = "account";

    static RedeemForm withCode(String code) {
        return new RedeemForm(code, null, null, null, null);
    }

    boolean choosingPassword() {
        return ACCOUNT_STEP.equals(step);
    }
}
