package org.comptoir.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how to authenticate, so the browsable docs can send a personal token. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI comptoirOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Comptoir API").version("v1")
                        .description("Send `Authorization: Bearer <personal token>` (create one on /settings or with "
                                + "`comptoir token create --user NAME`). 401: no or bad token; 403: role too low; "
                                + "404: a workspace you may not see, exactly as one that does not exist."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cpt_<id>_<secret>")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
