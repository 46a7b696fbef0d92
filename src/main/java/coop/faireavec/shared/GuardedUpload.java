package coop.faireavec.shared;

import java.util.Arrays;

/**
 * A file the {@link UploadGuard} accepted: its content (in memory, never written under a name from the client), its
 * kind as detected from the content, and a display name safe to show or to put in a download header.
 */
public final class GuardedUpload {

    private final byte[] content;
    private final UploadType type;
    private final String displayName;

    GuardedUpload(byte[] content, UploadType type, String displayName) {
        this.content = content;
        this.type = type;
        this.displayName = displayName;
    }

    /** The file's bytes (a copy). */
    public byte[] content() {
        return Arrays.copyOf(content, content.length);
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }

    /** The kind detected from the content. */
    public UploadType type() {
        return type;
    }

    /**
     * The name the person's computer gave the file, reduced to its last part and cleaned (see
     * {@link UploadGuard#displayName(String)}): for showing only, never a path.
     */
    public String displayName() {
        return displayName;
    }
}
