package coop.faireavec.retention;

/**
 * Published by the retention job for each person who, once an experimentation's data were anonymised, is a member of
 * no experimentation any more (administrators excepted): nothing they gave is still kept under their name, so the
 * person is to be erased (issue #16, points 9 and 10). Published inside the anonymising transaction; a listener
 * erases the person.
 *
 * @param personId the person's id (their records in the anonymised experimentation already point to a pseudonym)
 */
public record PersonLeftInNoExperimentation(long personId) {}
