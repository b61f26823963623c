package vn.ward57.community.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableRow;
import vn.ward57.community.MemberRole;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.Ward;

/**
 * The columns of the register's two files, as an export writes them and an import reads them:
 * teams with their head, and members. A team's file names its residential group by code.
 */
final class TeamFile {

    static final TableColumn GROUP = TableColumn.required("Mã tổ dân phố", 50, "tổ dân phố", "residential group");
    static final TableColumn TEAM = TableColumn.required("Tên tổ công nghệ số", 200, "tên tổ", "team");
    static final TableColumn FOUNDED = TableColumn.required("Ngày thành lập", 30, "founded on");
    static final TableColumn HEAD = TableColumn.optional("Tổ trưởng", 200, "họ tên tổ trưởng", "head");
    static final TableColumn HEAD_PHONE = TableColumn.optional("Điện thoại tổ trưởng", 21,
            "số điện thoại tổ trưởng", "head's phone");
    static final TableColumn DISSOLVED = TableColumn.optional("Ngày giải thể", 30, "dissolved on");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", 2000, "note");
    static final List<TableColumn> TEAMS = List.of(GROUP, TEAM, FOUNDED, HEAD, HEAD_PHONE, DISSOLVED, NOTE);

    static final TableColumn NAME = TableColumn.required("Họ và tên", 200, "họ tên", "full name");
    static final TableColumn ROLE = TableColumn.required("Vai trò", 20, "role");
    static final TableColumn PHONE = TableColumn.optional("Số điện thoại", 21, "điện thoại", "phone");
    static final TableColumn JOINED = TableColumn.required("Ngày tham gia", 30, "joined on");
    static final TableColumn LEFT = TableColumn.optional("Ngày rời tổ", 30, "left on");
    static final List<TableColumn> MEMBERS = List.of(GROUP, NAME, ROLE, PHONE, JOINED, LEFT);

    /** The role as the file writes it; HEAD and MEMBER are read too. */
    static final Map<String, MemberRole> ROLES = roles();

    private TeamFile() {
    }

    static List<String> headers(List<TableColumn> columns) {
        return columns.stream().map(TableColumn::header).toList();
    }

    static String label(MemberRole role) {
        return role == MemberRole.HEAD ? "Tổ trưởng" : "Thành viên";
    }

    /**
     * A phone as the file gives it: an export writes "+84 …" as "'+84 …" so that a spreadsheet does
     * not take it for a formula; the apostrophe is dropped again here.
     */
    static String phone(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** The row's residential group; a code the ward does not have is a fault naming the ward. */
    static ResidentialGroup group(TableRow row, Ward ward, Map<String, ResidentialGroup> byCode) {
        String code = row.text(GROUP);
        ResidentialGroup group = code == null ? null : byCode.get(code);
        if (code != null && group == null) {
            row.fault(GROUP, "community.group-foreign", code, ward.name());
        }
        return group;
    }

    /** The phone in the row's cell, a fault when it is not one. */
    static String phone(TableRow row, TableColumn column) {
        String phone = phone(row.text(column));
        if (phone != null && !Input.validPhone(phone)) {
            row.fault(column, "community.bad-phone", phone);
        }
        return phone;
    }

    private static Map<String, MemberRole> roles() {
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        roles.put(label(MemberRole.HEAD), MemberRole.HEAD);
        roles.put(label(MemberRole.MEMBER), MemberRole.MEMBER);
        roles.put("HEAD", MemberRole.HEAD);
        roles.put("MEMBER", MemberRole.MEMBER);
        return roles;
    }
}
