package org.comptoir.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tokens}: the caller's own personal tokens: list, create (the value is in this answer only), revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {
    private final PersonalTokens tokens;

    TokenApiController(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return tokens.list(Caller.require().name()).stream().map(TokenApiController::view).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) UserApiController.TokenRequest request) {
        UserApiController.TokenRequest body = request == null ? new UserApiController.TokenRequest(null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(issued(tokens.create(Caller.require().name(), body.name(), body.expires_days())));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!tokens.revoke(Caller.require().name(), id)) {
            throw new ApiError.NotFound("you have no active token '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    static Map<String, Object> view(PersonalToken token) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("user", token.user());
        view.put("name", token.name());
        view.put("created_at", token.createdAt().toString());
        view.put("expires_at", token.expiresAt() == null ? null : token.expiresAt().toString());
        view.put("revoked_at", token.revokedAt() == null ? null : token.revokedAt().toString());
        view.put("last_used_at", token.lastUsedAt() == null ? null : token.lastUsedAt().toString());
        return view;
    }

    static Map<String, Object> issued(PersonalToken.Issued issued) {
        Map<String, Object> view = view(issued.token());
        view.put("token", issued.value());
        return view;
    }
}
