package coop.faireavec.review;

/**
 * The part of a phase report a committee request is about; the same parts as the report workbook's sheets, plus the
 * carrier's text and "other". Names shown to people come from {@code reportPart.<NAME>} in the messages.
 */
public enum ReportPart {
    SUMMARY,
    PARTICIPATION,
    MEETINGS,
    CONTRIBUTIONS,
    LEADS_AND_VOTES,
    EXPERIMENTS,
    STEPS,
    FUNDING,
    REPORT_TEXT,
    OTHER
}
