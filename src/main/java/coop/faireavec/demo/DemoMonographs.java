package coop.faireavec.demo;

import coop.faireavec.directory.MonographDetails;
import coop.faireavec.directory.MonographService;
import coop.faireavec.directory.MonographService.StructureOption;
import coop.faireavec.directory.PhotoProblem;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.GuardedUploadProblem;
import coop.faireavec.shared.UploadGuard;
import coop.faireavec.shared.UploadType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Two monographs of the demo territory's local initiatives (issue #17): the solidarity grocery's cooking workshop,
 * published, with a photo drawn at seed time (no image file shipped), and the tiers-lieu's repair café, a draft.
 * Fictional, written by the carrier through {@link MonographService}.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class DemoMonographs {

    static final String GROCERY = "Épicerie solidaire La Courte Échelle";
    static final String TIERS_LIEU = "Tiers-lieu La Grange";

    private final MonographService monographs;
    private final UploadGuard uploads;

    DemoMonographs(MonographService monographs, UploadGuard uploads) {
        this.monographs = monographs;
        this.uploads = uploads;
    }

    /** Writes the two monographs, publishes the first and adds its photo. */
    void seed(long territoryId, Viewer carrier) {
        List<StructureOption> options = monographs.structureOptions(carrier, territoryId);
        StructureOption grocery = find(options, GROCERY);
        var cooking = monographs.add(
                carrier,
                territoryId,
                new MonographDetails(
                        grocery.id(),
                        grocery.services().stream().map(s -> s.id()).toList(),
                        "Le jeudi, on cuisine ensemble à la Courte Échelle",
                        "Chaque jeudi, l'épicerie solidaire ouvre sa cuisine : on prépare un repas avec les produits"
                                + " de la semaine, puis on le partage.\n\nL'atelier est ouvert à tous, clients de"
                                + " l'épicerie ou non.",
                        "Les personnes qui viennent à l'épicerie, leurs voisins, des bénévoles.",
                        "Des clientes ont proposé de montrer comment elles cuisinaient les légumes moins connus."
                                + " Une bénévole a prêté sa cuisine la première année.",
                        "Deux bénévoles et une personne accueillie préparent la recette le mardi. Chacun apporte"
                                + " ce qu'il veut, rien n'est obligatoire.",
                        "On apprend les uns des autres. Personne n'est là pour donner une leçon.",
                        "Un atelier qui coûte peu : une cuisine prêtée, les invendus de la semaine, une recette"
                                + " choisie ensemble. Une épicerie ou une association peut le reprendre.",
                        null,
                        null,
                        "accueil@courteechelle.example.org",
                        false));
        monographs.publish(carrier, territoryId, cooking.getId());
        try {
            monographs.addPhoto(
                    carrier,
                    territoryId,
                    cooking.getId(),
                    uploads.check(vegetables(), "legumes.png", "photo", Set.of(UploadType.PNG), 1_000_000),
                    "Dessin : une table avec des légumes, des carottes, des tomates et des poireaux.",
                    "Les légumes de la semaine",
                    "Image créée pour la démonstration");
        } catch (GuardedUploadProblem | PhotoProblem e) {
            throw new IllegalStateException("the demo photo is refused", e);
        }
        StructureOption tiersLieu = find(options, TIERS_LIEU);
        monographs.add(
                carrier,
                territoryId,
                new MonographDetails(
                        tiersLieu.id(),
                        List.of(),
                        "Le café réparation de La Grange",
                        "Un samedi par mois, on répare ensemble petit électroménager, vêtements et vélos.",
                        "Tous les habitants.",
                        null,
                        null,
                        null,
                        "Un lieu, quelques outils, des bénévoles qui savent réparer.",
                        null,
                        null,
                        null,
                        false));
    }

    private StructureOption find(List<StructureOption> options, String name) {
        return options.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo organisation " + name));
    }

    /** A small drawing of vegetables on a table, as PNG (320 by 200 pixels). */
    static byte[] vegetables() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF3EBDD));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x8B5A2B));
        g.fillRect(0, 140, 320, 60);
        g.setColor(new Color(0xE67E22));
        for (int i = 0; i < 3; i++) {
            g.fillPolygon(new int[] {30 + i * 25, 45 + i * 25, 38 + i * 25}, new int[] {80, 80, 140}, 3);
        }
        g.setColor(new Color(0xC0392B));
        g.fillOval(130, 100, 40, 40);
        g.fillOval(170, 105, 36, 36);
        g.setColor(new Color(0x27AE60));
        g.fillRect(240, 60, 14, 80);
        g.fillRect(262, 50, 14, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
