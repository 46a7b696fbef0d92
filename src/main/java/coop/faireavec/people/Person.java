package coop.faireavec.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Anyone taking part. E-mail and phone are optional: many participants have neither. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    /** "fr" or "en" (see {@link Language}); null: not chosen, French. */
    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person was erased (personaldata, V62), or null; written by the eraser's SQL, never here. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    protected Person() {}

    public Person(String displayName, String email, String phone, Instant createdAt) {
        this.createdAt = createdAt;
        this.displayName = displayName;
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Whether the person was erased: only their pseudonym is left, and nobody may sign in as them again. */
    public boolean isErased() {
        return erasedAt != null;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
    /** The code chosen ("fr", "en"), or null if the person never chose. */
    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** The language to write to this person in: their choice, else French. */
    public Language language() {
        return Language.orDefault(preferredLanguage);
    }

    void setPreferredLanguage(Language language) {
        this.preferredLanguage = language == null ? null : language.code();
    }
}
