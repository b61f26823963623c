package vn.ward57.user.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.org.Ward;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserForm;
import vn.ward57.user.domain.UserService;

@RestController
@Tag(name = "Người dùng", description = "Users and their roles")
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/users")
    List<UserAccount> visible() {
        return users.visible();
    }

    @GetMapping("/api/v1/wards/{wardCode}/users")
    List<UserAccount> ofWard(Ward ward) {
        return users.ofWard(ward);
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<UserAccount> create(@Valid @RequestBody UserForm form) {
        UserAccount created = users.create(form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @GetMapping("/api/v1/users/{username}")
    UserAccount get(@PathVariable String username) {
        return users.get(username);
    }

    @PutMapping("/api/v1/users/{username}")
    UserAccount update(@PathVariable String username, @Valid @RequestBody UserForm form) {
        return users.update(username, form);
    }

    @DeleteMapping("/api/v1/users/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        users.delete(username);
        return ResponseEntity.noContent().build();
    }
}
