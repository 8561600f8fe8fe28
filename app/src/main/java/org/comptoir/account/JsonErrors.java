package org.comptoir.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code {"error": …}} for the API's 401 and 403 answers made before any controller runs. */
final class JsonErrors {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonErrors() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"comptoir\"");
        }
        response.getWriter().write(JSON.writeValueAsString(java.util.Map.of("error", message)));
    }
}
