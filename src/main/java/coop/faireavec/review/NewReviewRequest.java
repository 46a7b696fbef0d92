package coop.faireavec.review;

/**
 * One thing the committee asks for when it asks for more: about which part of the report, and what.
 *
 * @param part the part of the report, never null
 * @param what what is asked, in the committee's words, never blank (at most 2000 characters)
 */
public record NewReviewRequest(ReportPart part, String what) {}
