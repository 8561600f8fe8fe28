package org.comptoir;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.comptoir.enrich.Enricher;
import org.comptoir.web.ServerFile;
import org.comptoir.workspace.demo.DemoLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/** The web application ({@code comptoir serve}): web pages and the REST API over one {@link Comptoir}. */
@SpringBootApplication
public class ComptoirApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ComptoirApplication.class);

    public static ConfigurableApplicationContext start(Path dataDir, int port, String... extraArgs) {
        String[] args = new String[extraArgs.length + 2];
        args[0] = "--server.port=" + port;
        args[1] = "--comptoir.data=" + dataDir.toAbsolutePath();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        return SpringApplication.run(ComptoirApplication.class, args);
    }

    /** Opens the data directory and, on its first start, loads the demo workspace before the port opens. */
    @Bean(destroyMethod = "close")
    Comptoir comptoir(@Value("${comptoir.data:./data}") Path dataDir, @Value("${comptoir.demo:true}") boolean demo) {
        Comptoir comptoir = Comptoir.open(dataDir, Enricher.standard(), Clock.systemUTC());
        try {
            if (demo) {
                DemoLoader.loadIfAbsent(comptoir);
            }
            return comptoir;
        } catch (RuntimeException e) {
            comptoir.close();
            throw e;
        }
    }

    @Bean
    DataSource dataSource(Comptoir comptoir) {
        return comptoir.dataSource();
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) throws java.io.IOException {
        Comptoir comptoir = event.getApplicationContext().getBean(Comptoir.class);
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            ServerFile.write(comptoir.dataDir(), port);
            LOG.info("Comptoir is ready at http://localhost:{}/ (data: {})", port, comptoir.dataDir().toAbsolutePath());
        }
    }

    @EventListener
    public void onClose(ContextClosedEvent event) {
        ServerFile.delete(event.getApplicationContext().getBean(Comptoir.class).dataDir());
    }
}
