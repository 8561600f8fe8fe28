package org.comptoir.workspace;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Installs the {@link WorkspaceGate} so handlers receive an authorised {@link WorkspaceRef}. */
@Configuration
class WorkspaceWebConfig implements WebMvcConfigurer {
    private final WorkspaceGate gate;

    WorkspaceWebConfig(WorkspaceGate gate) {
        this.gate = gate;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(gate);
    }
}
