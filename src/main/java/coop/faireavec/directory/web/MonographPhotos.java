package coop.faireavec.directory.web;

import coop.faireavec.directory.MonographService.PhotoFile;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends a monograph's photo: its own media type, never sniffed, shown inline, cached privately for members. */
final class MonographPhotos {

    private MonographPhotos() {}

    static ResponseEntity<byte[]> send(PhotoFile photo, boolean publicView) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(
                        publicView
                                ? CacheControl.maxAge(Duration.ofHours(1)).cachePublic()
                                : CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(photo.content());
    }
}
