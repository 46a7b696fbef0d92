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
 * A service an organisation of the directory offers: the data·inclusion schema v1's <em>service</em> (its field
 * names, codes from its lists), with when it was last verified and by whom.
 */
@Entity
@Table(name = "directory_service")
public class OfferedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "structure_id", nullable = false, updatable = false)
    private long structureId;

    private String nom;
    private String description;
    private String type;

    @Column(nullable = false)
    private String thematiques = "";

    @Column(nullable = false)
    private String publics = "";

    @Column(name = "publics_precisions")
    private String publicsPrecisions;

    private String frais;

    @Column(name = "frais_precisions")
    private String fraisPrecisions;

    @Column(name = "modes_accueil", nullable = false)
    private String modesAccueil = "";

    @Column(name = "conditions_acces")
    private String conditionsAcces;

    @Column(name = "contact_nom_prenom")
    private String contactNomPrenom;

    private String telephone;
    private String courriel;

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

    protected OfferedService() {}

    OfferedService(long structureId, ServiceDetails details, Instant createdAt, LocalDate today, Long byPersonId) {
        this.structureId = structureId;
        this.createdAt = createdAt;
        apply(details, List.of());
        verify(today, byPersonId);
    }

    /** Takes the details; {@code themeLabels} are the labels of its themes, searched as well as its text. */
    void apply(ServiceDetails d, List<String> themeLabels) {
        nom = d.nom();
        description = d.description();
        type = d.type();
        thematiques = CodeLists.join(d.thematiques());
        publics = CodeLists.join(d.publics());
        publicsPrecisions = d.publicsPrecisions();
        frais = d.frais();
        fraisPrecisions = d.fraisPrecisions();
        modesAccueil = CodeLists.join(d.modesAccueil());
        conditionsAcces = d.conditionsAcces();
        contactNomPrenom = d.contactNomPrenom();
        telephone = d.telephone();
        courriel = d.courriel();
        contactPublic = d.contactPublic();
        searchText = SearchText.of(nom, description, publicsPrecisions, conditionsAcces, String.join(" ", themeLabels));
    }

    void verify(LocalDate day, Long byPersonId) {
        verifiedOn = day;
        verifiedById = byPersonId;
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    /** The details as they are now (for a form). */
    public ServiceDetails details() {
        return new ServiceDetails(
                nom,
                description,
                type,
                getThematiques(),
                getPublics(),
                publicsPrecisions,
                frais,
                fraisPrecisions,
                getModesAccueil(),
                conditionsAcces,
                contactNomPrenom,
                telephone,
                courriel,
                contactPublic);
    }

    public Long getId() {
        return id;
    }

    public long getStructureId() {
        return structureId;
    }

    public String getNom() {
        return nom;
    }

    public String getDescription() {
        return description;
    }

    public String getType() {
        return type;
    }

    public List<String> getThematiques() {
        return CodeLists.split(thematiques);
    }

    public List<String> getPublics() {
        return CodeLists.split(publics);
    }

    public String getPublicsPrecisions() {
        return publicsPrecisions;
    }

    public String getFrais() {
        return frais;
    }

    public String getFraisPrecisions() {
        return fraisPrecisions;
    }

    public List<String> getModesAccueil() {
        return CodeLists.split(modesAccueil);
    }

    public String getConditionsAcces() {
        return conditionsAcces;
    }

    public String getContactNomPrenom() {
        return contactNomPrenom;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getCourriel() {
        return courriel;
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
