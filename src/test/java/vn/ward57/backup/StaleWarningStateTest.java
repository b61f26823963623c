package vn.ward57.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/** The stale-backup warning's part of an admin's page ETag: which backup, how old in days, or none. */
@Ward57Test
class StaleWarningStateTest {

    @Autowired
    StaleWarningState state;
    @Autowired
    Backups backups;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void itNamesTheBackupAndItsAgeForAnAdminOnly() throws Exception {
        signIn("admin");
        emptyTheFolder();
        assertThat(state.current()).isEqualTo("none");
        Files.createDirectories(backups.dir());
        String name = BackupFolder.name(LocalDateTime.now(WardTime.ZONE).minusDays(3));
        Files.write(backups.dir().resolve(name), new byte[10]);
        assertThat(state.current()).isEqualTo(name + " 3");
        signIn("lanhdao.anhai");
        assertThat(state.current()).isEqualTo("");
    }

    private void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private void emptyTheFolder() throws Exception {
        if (Files.isDirectory(backups.dir())) {
            try (Stream<Path> files = Files.list(backups.dir())) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
