package coop.faireavec.task.kind;

/** A college's answer on a text it validates. */
public enum Agreement {
    AGREE,
    DISAGREE
}
