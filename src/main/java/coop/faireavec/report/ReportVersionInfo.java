package coop.faireavec.report;

import java.time.Instant;

/**
 * What the reports page shows of a kept version, read without its bytes (a workbook may weigh megabytes, and a page
 * lists every version).
 *
 * @param phase the phase's name, or {@value ReportVersion#WHOLE} for the whole-experimentation workbook
 * @param generatedBy the person who asked for it, null when the flow made it
 * @param sizeBytes the workbook's size in bytes
 * @param sha256 the workbook's SHA-256 in hexadecimal (64 characters)
 * @param replacedAt when its bytes were made again (null: never), and {@code replacedReason} why
 */
public record ReportVersionInfo(
        String phase,
        int versionNo,
        Instant generatedAt,
        Long generatedBy,
        String reason,
        long sizeBytes,
        String sha256,
        Instant replacedAt,
        String replacedReason) {

    /** The first 12 hex digits of the hash, for pages. */
    public String shortSha256() {
        return sha256.substring(0, 12);
    }
}
