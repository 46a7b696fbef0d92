package coop.faireavec.people;

/** What the session check needs of an account: whether it may sign in, and its current session version. */
public record SignInState(boolean enabled, int sessionVersion) {}
