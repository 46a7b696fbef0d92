package coop.faireavec.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One kept report workbook: a version of a phase report ({@code phase} = {@code Phase.name()}) or of the
 * whole-experimentation workbook ({@code phase} = {@value #WHOLE}), its bytes, their SHA-256 and size. A version
 * generated again (a withdrawn consent, an erasure) keeps its number, gets new bytes and records when, why and the
 * hash it replaced. Since V52 each version also keeps the assembled data it was written from, with person ids instead
 * of names, so that it can be written again with today's names and nothing else changed.
 */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    /** The phase value of the whole-experimentation workbook. */
    public static final String WHOLE = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    @Column(nullable = false, length = 30)
    private String phase;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by")
    private Long generatedBy;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    /** The assembled data it was written from ({@link StoredReport}); null for versions kept before V52. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "report_data")
    private byte[] reportData;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "replaced_reason", length = 200)
    private String replacedReason;

    @Column(name = "previous_sha256", length = 64)
    private String previousSha256;

    protected ReportVersion() {}

    ReportVersion(
            long experimentationId,
            String phase,
            int versionNo,
            Instant generatedAt,
            Long generatedBy,
            String reason,
            byte[] content,
            byte[] reportData) {
        this.experimentationId = experimentationId;
        this.phase = phase;
        this.versionNo = versionNo;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.reason = cut(reason);
        setContent(content);
        this.reportData = reportData == null ? null : reportData.clone();
    }

    /**
     * The kept data and the asker now name other person records (an anonymisation replaced the people by
     * pseudonymous records); the workbook is written again by the caller.
     */
    void repointPeople(byte[] newReportData, Long newGeneratedBy) {
        this.reportData = newReportData == null ? null : newReportData.clone();
        this.generatedBy = newGeneratedBy;
    }

    /** New bytes for the same version: the old bytes are dropped, the old hash and the reason kept. */
    void replaceContent(byte[] newContent, Instant at, String why) {
        this.previousSha256 = sha256;
        this.replacedAt = at;
        this.replacedReason = cut(why);
        setContent(newContent);
    }

    private void setContent(byte[] bytes) {
        this.content = bytes.clone();
        this.sizeBytes = bytes.length;
        this.sha256 = ReportHashes.sha256(bytes);
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    /** {@code Phase.name()}, or {@value #WHOLE} for the whole-experimentation workbook. */
    public String getPhase() {
        return phase;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    /** The person who asked for it; null when the flow generated it. */
    public Long getGeneratedBy() {
        return generatedBy;
    }

    public String getReason() {
        return reason;
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits. */
    public String getSha256() {
        return sha256;
    }

    /** The first 12 hex digits of the hash, for pages. */
    public String getShortSha256() {
        return sha256.substring(0, 12);
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The workbook's bytes (a copy). */
    public byte[] getContent() {
        return content.clone();
    }

    /**
     * The assembled data this version was written from (gzip-compressed JSON, person ids and no names, see {@link
     * StoredReport}); null for a version kept before they were (it is made again from the data as of its date).
     */
    byte[] getReportData() {
        return reportData == null ? null : reportData.clone();
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getReplacedReason() {
        return replacedReason;
    }

    public String getPreviousSha256() {
        return previousSha256;
    }
}
