package coop.faireavec.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The page of the requests Tomcat refuses before the application sees them (a request line or headers over
 * {@code server.max-http-request-header-size}, 8 KB: a URL too long; a request Tomcat cannot parse): instead of
 * Tomcat's own English "HTTP Status 400" report, the platform's plain page in French (with English below), from
 * {@code web/server-error.html}. Tomcat's {@link ErrorReportValve} serves only files, so the page is copied once to a
 * temporary file at start-up and set as the valve's page for every status ({@code errorCode.0}). Errors the
 * application handles keep their own pages ({@link ErrorPageController}).
 */
@Component
class ServerErrorPageConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String PAGE = "web/server-error.html";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path page = copyOfPage();
        factory.addContextCustomizers(context -> {
            ErrorReportValve valve = null;
            for (Valve v : context.getParent().getPipeline().getValves()) {
                if (v instanceof ErrorReportValve found) {
                    valve = found;
                }
            }
            if (valve == null) {
                valve = new ErrorReportValve();
                context.getParent().getPipeline().addValve(valve);
            }
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            valve.setProperty("errorCode.0", page.toAbsolutePath().toString());
        });
    }

    /** After Spring Boot's own customizer, which adds the valve without report when stack traces are never shown. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Path copyOfPage() {
        try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
            Path file = Files.createTempFile("faireavec-server-error", ".html");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + PAGE, e);
        }
    }
}
