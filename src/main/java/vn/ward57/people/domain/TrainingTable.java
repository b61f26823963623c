package vn.ward57.people.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;
import vn.ward57.people.Programme;
import vn.ward57.people.TargetGroup;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.TrainingEventForm;
import vn.ward57.people.TrainingFormat;

/**
 * The training register as a file: one row per event with its participants per target group,
 * imported all or nothing in the background with each event's rules checked per row (a cell at fault is
 * listed).
 * Per-person attendance is not in the file; it is recorded on the event's page.
 */
@Service
@Transactional(readOnly = true)
public class TrainingTable {

    /** The file offered beside the training events import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate trainingImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-tap-huan", COLUMNS);
    }

    static final TableColumn DATE = TableColumn.required("Ngày tổ chức", 30, "Ngày", "heldOn");
    static final TableColumn TITLE = TableColumn.required("Tên buổi tập huấn, bồi dưỡng", 500, "Tên buổi tập huấn",
            "Nội dung", "title");
    static final TableColumn ORGANISER = TableColumn.optional("Đơn vị tổ chức", 300, "organiser");
    static final TableColumn FORMAT = TableColumn.required("Hình thức", 50, "format");
    static final TableColumn PROGRAMME = TableColumn.required("Chương trình", 50, "programme");
    static final Map<TargetGroup, TableColumn> GROUPS = new EnumMap<>(Map.of(
            TargetGroup.STAFF, TableColumn.optional("Số cán bộ, công chức phường tham gia", 20, "STAFF"),
            TargetGroup.COMMUNITY_TEAMS, TableColumn.optional("Số thành viên Tổ công nghệ số cộng đồng tham gia", 20,
                    "COMMUNITY_TEAMS"),
            TargetGroup.RESIDENTS, TableColumn.optional("Số người dân tham gia", 20, "RESIDENTS"),
            TargetGroup.PUPILS, TableColumn.optional("Số học sinh tham gia", 20, "PUPILS")));
    static final TableColumn CERTIFICATES = TableColumn.optional("Số giấy chứng nhận đã cấp", 20, "certificatesIssued");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", 2000, "note");
    static final List<TableColumn> COLUMNS;
    /** Events written per statement. */
    public static final int BATCH = 1_000;

    static {
        List<TableColumn> columns = new ArrayList<>(List.of(DATE, TITLE, ORGANISER, FORMAT, PROGRAMME));
        columns.addAll(GROUPS.values());
        columns.addAll(List.of(CERTIFICATES, NOTE));
        COLUMNS = List.copyOf(columns);
    }

    private final TrainingEventService service;
    private final TrainingEventRepository events;
    private final StaffLimit limit;
    private final Messages messages;
    private final ApplicationEventPublisher publisher;
    private final RegisterImports imports;

    TrainingTable(TrainingEventService service, TrainingEventRepository events, StaffLimit limit, Messages messages,
                  ApplicationEventPublisher publisher, RegisterImports imports) {
        this.imports = imports;
        this.service = service;
        this.events = events;
        this.limit = limit;
        this.messages = messages;
        this.publisher = publisher;
    }

    public TableData export(Ward ward, TrainingEventService.Filter filter) {
        List<List<?>> rows = service.list(ward, filter).stream().<List<?>>map(e -> {
            List<Object> row = new ArrayList<>(Arrays.asList(e.heldOn(), e.title(), e.organiser(), e.format().label(),
                    e.programme().label()));
            GROUPS.keySet().forEach(group -> row.add(e.participants().get(group)));
            row.add(e.certificatesIssued());
            row.add(e.note());
            return row;
        }).toList();
        return new TableData("tap-huan-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(), rows);
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every
     * event recorded, or none when any cell is at fault (each listed in the import's status). Events belong to
     * no unit, so whoever records them one by one may import them.
     */
    @PreAuthorize("@access.enterData(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "training", "training.imported", file,
                (name, path) -> write(ward, name, path));
    }

    private long write(Ward ward, String fileName, Path content) {
        LocalDate today = WardTime.today();
        Function<LocalDate, Long> staffLimit = limit.days(ward);
        List<TrainingEventForm> rows = TableImport.rows(fileName, content, COLUMNS, messages,
                row -> parse(row, today, staffLimit));
        long wardId = ward.id().value();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<TrainingEventForm> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<Long> ids = events.insert(wardId, batch.stream().map(TrainingEventService::values).toList());
            List<TrainingEventRepository.Participants> counts = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                long id = ids.get(i);
                TrainingEventService.counts(batch.get(i)).forEach((group, count) ->
                        counts.add(new TrainingEventRepository.Participants(id, group, count)));
            }
            events.addParticipants(wardId, counts);
            for (TrainingEvent event : service.created(ward, ids)) {
                publisher.publishEvent(ChangeRecorded.created("training_event", String.valueOf(event.id()),
                        ward.provinceId(), wardId, event));
            }
        }
        return rows.size();
    }

    private static TrainingEventForm parse(TableRow row, LocalDate today, Function<LocalDate, Long> staffLimit) {
        LocalDate day = row.date(DATE);
        if (day != null && day.isAfter(today)) {
            row.fault(DATE, "training.future-date", VietnameseFormat.date(day));
        } else if (day != null && day.isBefore(TrainingEventForm.EARLIEST)) {
            row.fault(DATE, "training.too-early", VietnameseFormat.date(day));
        }
        String title = row.text(TITLE);
        String organiser = row.text(ORGANISER);
        TrainingFormat format = row.choice(FORMAT, labels(TrainingFormat.values(), TrainingFormat::label));
        Programme programme = row.choice(PROGRAMME, labels(Programme.values(), Programme::label));
        Map<TargetGroup, Long> participants = new EnumMap<>(TargetGroup.class);
        GROUPS.forEach((group, column) -> {
            Long count = row.count(column);
            if (count != null && count > Integer.MAX_VALUE) {
                row.fault(column, "training.bad-participants", group.label(), count);
            } else if (count != null) {
                participants.put(group, count);
            }
        });
        Long staff = participants.get(TargetGroup.STAFF);
        if (day != null && staff != null && staff > 0) {
            long max = staffLimit.apply(day);
            if (staff > max) {
                row.fault(GROUPS.get(TargetGroup.STAFF), "training.staff-over-in-post", staff, VietnameseFormat.date(day), max);
            }
        }
        Long certificates = row.count(CERTIFICATES);
        long total = participants.values().stream().mapToLong(Long::longValue).sum();
        if (certificates != null && !participants.isEmpty() && certificates > total) {
            row.fault(CERTIFICATES, "training.certificates-over-participants", certificates, total);
        }
        String note = row.text(NOTE);
        return new TrainingEventForm(day, title, organiser, format, programme, certificates, note, participants);
    }

    private static <E> Map<String, E> labels(E[] values, Function<E, String> label) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        for (E value : values) {
            byLabel.put(label.apply(value), value);
        }
        return byLabel;
    }
}
