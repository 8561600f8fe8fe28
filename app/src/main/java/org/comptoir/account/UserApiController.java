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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/users}: global administrators manage users and their tokens (the CLI's
 * {@code user …} and {@code token … --user} go through it when a server runs). Passwords are write-only.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserApiController {
    private final Accounts accounts;
    private final PersonalTokens tokens;

    UserApiController(Accounts accounts, PersonalTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Body of a new user. */
    record UserRequest(String name, String password, Boolean admin) {
    }

    /** Body of a password change. */
    record PasswordRequest(String password) {
    }

    /** Body of a new token. */
    record TokenRequest(String name, Integer expires_days) {
    }

    @GetMapping
    List<Map<String, Object>> list() {
        Caller.requireAdmin();
        return accounts.list().stream().map(this::view).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@RequestBody UserRequest request) {
        Caller.requireAdmin();
        Account account = accounts.add(request.name(), request.password(), Boolean.TRUE.equals(request.admin()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(account));
    }

    @PutMapping("/{name}/password")
    ResponseEntity<Void> password(@PathVariable String name, @RequestBody PasswordRequest request) {
        Caller.requireAdmin();
        accounts.changePassword(name, request.password());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> remove(@PathVariable String name) {
        Caller.requireAdmin();
        accounts.remove(name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{name}/tokens")
    List<Map<String, Object>> tokens(@PathVariable String name) {
        Caller.requireAdmin();
        accounts.find(name).orElseThrow(() -> new Accounts.NoSuchUser(name));
        return tokens.list(name).stream().map(TokenApiController::view).toList();
    }

    @PostMapping("/{name}/tokens")
    ResponseEntity<Map<String, Object>> createToken(@PathVariable String name, @RequestBody(required = false) TokenRequest request) {
        Caller.requireAdmin();
        TokenRequest body = request == null ? new TokenRequest(null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED).body(TokenApiController.issued(tokens.create(name, body.name(), body.expires_days())));
    }

    @DeleteMapping("/{name}/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable String name, @PathVariable String id) {
        Caller.requireAdmin();
        if (!tokens.revoke(name, id)) {
            throw new ApiError.NotFound("'" + name + "' has no active token '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> view(Account account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", account.name());
        view.put("admin", account.admin());
        view.put("created_at", account.createdAt().toString());
        Map<String, String> roles = new LinkedHashMap<>();
        accounts.roles(account.name()).forEach((workspace, role) -> roles.put(workspace, role.label()));
        view.put("roles", roles);
        return view;
    }
}
