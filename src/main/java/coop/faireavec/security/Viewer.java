package coop.faireavec.security;

/** Who is asking: passed explicitly to services so that every access check is visible in the code. */
public record Viewer(long personId, String username, boolean admin) {

    /** The engine's user id for this person (task assignee). */
    public String engineUserId() {
        return "person-" + personId;
    }
}
