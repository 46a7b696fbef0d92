package coop.faireavec.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the platform signs with (table {@code signing_key}, Flyway V61): random, Base64, made once at first use. */
@Entity
@Table(name = "signing_key")
class SigningKey {

    @Id
    private String name;

    @Column(name = "key_value", nullable = false)
    private String value;

    protected SigningKey() {}

    SigningKey(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String getValue() {
        return value;
    }
}
