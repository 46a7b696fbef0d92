package coop.faireavec.directory;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;

/**
 * A photo of a monograph: its bytes (stripped of their metadata, see {@link PhotoCleaner}), its media type
 * ({@code image/jpeg}, {@code image/png} or {@code image/webp}), a required alternative text, an optional caption
 * and credit.
 */
@Entity
@Table(name = "directory_monograph_photo")
public class MonographPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "monograph_id", nullable = false, updatable = false)
    private long monographId;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    private String caption;
    private String credit;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by_id", updatable = false)
    private Long addedById;

    protected MonographPhoto() {}

    MonographPhoto(
            long monographId,
            String mediaType,
            byte[] content,
            String altText,
            String caption,
            String credit,
            Instant addedAt,
            Long addedById) {
        this.monographId = monographId;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.altText = altText;
        this.caption = caption;
        this.credit = credit;
        this.addedAt = addedAt;
        this.addedById = addedById;
    }

    public Long getId() {
        return id;
    }

    public long getMonographId() {
        return monographId;
    }

    public String getMediaType() {
        return mediaType;
    }

    /** The image's bytes (a copy). */
    public byte[] getContent() {
        return Arrays.copyOf(content, content.length);
    }

    public String getAltText() {
        return altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }
}
