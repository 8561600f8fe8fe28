package org.comptoir.workspace;

import java.util.List;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Installs the {@link WorkspaceGate} so handlers receive an authorised {@link WorkspaceRef}, and documents it. */
@Configuration
class WorkspaceWebConfig implements WebMvcConfigurer {
    private final WorkspaceGate gate;

    WorkspaceWebConfig(WorkspaceGate gate) {
        this.gate = gate;
    }

    /** In the OpenAPI document a {@link WorkspaceRef} is what the client sends: the optional {@code workspace} name. */
    @Bean
    ParameterCustomizer workspaceParameter() {
        return (parameter, method) -> method.getParameterType() != WorkspaceRef.class ? parameter
                : (parameter == null ? new Parameter() : parameter).name(WorkspaceGate.PARAMETER).in("query").required(false)
                        .schema(new StringSchema()._default(Workspace.DEFAULT))
                        .description("The workspace (default: default). 404 when you hold no role there; 403 when your role is too low.");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(gate);
    }
}
