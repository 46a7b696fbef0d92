package coop.faireavec.directory.web;

import coop.faireavec.shared.SafeDownloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The directory's downloads: an attachment with a safe name, never cached. */
final class Downloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    static ResponseEntity<byte[]> json(byte[] body) {
        return file(body, MediaType.APPLICATION_JSON, "annuaire-data-inclusion.json");
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String name) {
        return file(body, XLSX, name + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeDownloads.attachment(name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
