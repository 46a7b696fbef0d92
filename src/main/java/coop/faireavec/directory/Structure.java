package coop.faireavec.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation of a territory's directory of local actors: the data·inclusion schema v1's <em>structure</em>
 * (its field names), with when it was last verified and by whom, and which field groups may be public.
 */
@Entity
@Table(name = "directory_structure")
public class Structure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false, updatable = false)
    private long territoryId;

    private String nom;
    private String siret;
    private String description;
    private String adresse;

    @Column(name = "complement_adresse")
    private String complementAdresse;

    @Column(name = "code_postal")
    private String codePostal;

    private String commune;

    @Column(name = "code_insee")
    private String codeInsee;

    private Double latitude;
    private Double longitude;
    private String telephone;
    private String courriel;

    @Column(name = "site_web")
    private String siteWeb;

    @Column(name = "horaires_accueil")
    private String horairesAccueil;

    @Column(name = "accessibilite_lieu")
    private String accessibiliteLieu;

    @Column(name = "reseaux_porteurs", nullable = false)
    private String reseauxPorteurs = "";

    @Column(name = "address_public", nullable = false)
    private boolean addressPublic;

    @Column(name = "contact_public", nullable = false)
    private boolean contactPublic;

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Column(name = "verified_on", nullable = false)
    private LocalDate verifiedOn;

    @Column(name = "verified_by_id")
    private Long verifiedById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Structure() {}

    Structure(long territoryId, StructureDetails details, Instant createdAt, LocalDate today, Long byPersonId) {
        this.territoryId = territoryId;
        this.createdAt = createdAt;
        apply(details);
        verify(today, byPersonId);
    }

    void apply(StructureDetails d) {
        nom = d.nom();
        siret = d.siret();
        description = d.description();
        adresse = d.adresse();
        complementAdresse = d.complementAdresse();
        codePostal = d.codePostal();
        commune = d.commune();
        codeInsee = d.codeInsee();
        latitude = d.latitude();
        longitude = d.longitude();
        telephone = d.telephone();
        courriel = d.courriel();
        siteWeb = d.siteWeb();
        horairesAccueil = d.horairesAccueil();
        accessibiliteLieu = d.accessibiliteLieu();
        reseauxPorteurs = CodeLists.join(d.reseauxPorteurs());
        addressPublic = d.addressPublic();
        contactPublic = d.contactPublic();
        // never the address: the public directory searches the same column, and the address may not be public
        searchText = SearchText.of(nom, description, commune, codePostal, siret);
    }

    /** Someone confirmed the record is right on that day. */
    void verify(LocalDate day, Long byPersonId) {
        verifiedOn = day;
        verifiedById = byPersonId;
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    /** Back in the directory after an archive by mistake. */
    void restore() {
        archivedAt = null;
    }

    /** The details as they are now (for a form). */
    public StructureDetails details() {
        return new StructureDetails(
                nom,
                siret,
                description,
                adresse,
                complementAdresse,
                codePostal,
                commune,
                codeInsee,
                latitude,
                longitude,
                telephone,
                courriel,
                siteWeb,
                horairesAccueil,
                accessibiliteLieu,
                getReseauxPorteurs(),
                addressPublic,
                contactPublic);
    }

    public Long getId() {
        return id;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public String getNom() {
        return nom;
    }

    public String getSiret() {
        return siret;
    }

    public String getDescription() {
        return description;
    }

    public String getAdresse() {
        return adresse;
    }

    public String getComplementAdresse() {
        return complementAdresse;
    }

    public String getCodePostal() {
        return codePostal;
    }

    public String getCommune() {
        return commune;
    }

    public String getCodeInsee() {
        return codeInsee;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    /** Whether it has a place on the map. */
    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getCourriel() {
        return courriel;
    }

    public String getSiteWeb() {
        return siteWeb;
    }

    public String getHorairesAccueil() {
        return horairesAccueil;
    }

    public String getAccessibiliteLieu() {
        return accessibiliteLieu;
    }

    public List<String> getReseauxPorteurs() {
        return CodeLists.split(reseauxPorteurs);
    }

    public boolean isAddressPublic() {
        return addressPublic;
    }

    public boolean isContactPublic() {
        return contactPublic;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public Long getVerifiedById() {
        return verifiedById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
