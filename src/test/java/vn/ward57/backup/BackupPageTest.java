package vn.ward57.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

@Ward57Test
class BackupPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Backups backups;
    @Autowired
    UserDetailsService accounts;

    @Test
    void anAdminSeesTheBackupsWithSizeTimeAndAgeAndDownloadsOne() throws Exception {
        BackupRun run = backups.run();
        String page = page("admin", "/admin/backups");
        BackupFile file = new BackupFolder(backups.dir()).list().getFirst();
        assertThat(page).contains("Sao lưu cơ sở dữ liệu", "Sao lưu ngay", "/admin/backups/files/" + run.file(),
                "0 phút trước", file.size(), "Lần sao lưu gần nhất thành công lúc");
        assertThat(file.size()).matches("\\d+,\\d\\d MB");
        assertThat(page).contains(vn.ward57.common.VietnameseFormat.dateTime(run.finishedAt()));

        byte[] body = mvc.perform(get("/admin/backups/files/" + run.file()).with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(Files.readAllBytes(backups.dir().resolve(run.file())));
        mvc.perform(get("/admin/backups/files/" + BackupRun.FILE_NAME).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/backups/files/..%2Fpg%2FPG_VERSION").with(as("admin"))).andExpect(status().is4xxClientError());
    }

    @Test
    void onlyProvinceAdminsMayOpenBackUpOrDownload() throws Exception {
        BackupRun run = backups.run();
        for (String user : new String[] {"lanhdao.anhai", "canbo.anhai"}) {
            mvc.perform(get("/admin/backups").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/backups").with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/backups/files/" + run.file()).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(page("lanhdao.anhai", "/wards/an-hai/dashboard")).doesNotContain("/admin/backups");
    }

    @Test
    void backUpNowRunsInTheBackgroundAndThePageFollowsItToTheEnd() throws Exception {
        int before = new BackupFolder(backups.dir()).list().size();
        Thread.sleep(1100); // a new second, so a new file name
        String answer = mvc.perform(post("/admin/backups").header("HX-Request", "true").with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("id=\"backups\"");
        for (int i = 0; i < 300 && answer.contains("every 2s"); i++) {
            assertThat(answer).contains("Đang sao lưu…", "<progress");
            Thread.sleep(100);
            answer = mvc.perform(get("/admin/backups").header("HX-Request", "true").with(as("admin")))
                    .andReturn().getResponse().getContentAsString();
        }
        assertThat(answer).doesNotContain("every 2s").contains("Lần sao lưu gần nhất thành công lúc");
        LocalDateTime newest = new BackupFolder(backups.dir()).list().getFirst().time();
        assertThat(newest).isAfter(LocalDateTime.now(WardTime.ZONE).minusMinutes(1));
        assertThat(new BackupFolder(backups.dir()).list().size()).isBetween(1, before + 1);
    }

    @Test
    void anAdminsDashboardsWarnWhenTheNewestBackupIsOlderThanTwoDays() throws Exception {
        emptyTheFolder();
        assertThat(page("admin", "/provinces")).contains("id=\"backup-stale\"", "Chưa có bản sao lưu nào của cơ sở dữ liệu.");

        Files.createDirectories(backups.dir());
        LocalDateTime old = LocalDateTime.now(WardTime.ZONE).minusDays(3);
        Files.write(backups.dir().resolve(BackupFolder.name(old)), new byte[10]);
        String stale = "Bản sao lưu gần nhất đã cũ: lúc " + vn.ward57.common.VietnameseFormat.dateTime(old)
                + " (3 ngày trước).";
        assertThat(page("admin", "/provinces/da-nang/dashboard")).contains("id=\"backup-stale\"", stale);
        assertThat(page("admin", "/wards/an-hai/dashboard")).contains("id=\"backup-stale\"", stale);
        assertThat(page("admin", "/provinces")).contains(stale);
        assertThat(page("lanhdao.anhai", "/wards/an-hai/dashboard")).doesNotContain("backup-stale");

        assertThat(backups.run().ok()).isTrue();
        assertThat(page("admin", "/provinces/da-nang/dashboard")).doesNotContain("backup-stale");
        assertThat(page("admin", "/wards/an-hai/dashboard")).doesNotContain("backup-stale");
    }

    @Test
    void aFailedRunIsShownWithItsReason() throws Exception {
        Files.createDirectories(backups.dir());
        LocalDateTime at = LocalDateTime.of(2026, 6, 6, 2, 0);
        new BackupRun(at, at.plusMinutes(1), false, null, "No space left on device").write(backups.dir());
        assertThat(page("admin", "/admin/backups"))
                .contains("Lần sao lưu gần nhất (bắt đầu lúc 02:00 06/6/2026) thất bại: No space left on device");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private void emptyTheFolder() throws Exception {
        if (Files.isDirectory(backups.dir())) {
            try (Stream<Path> files = Files.list(backups.dir())) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
