package vn.dangbo.demo;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.accounts.NewAccount;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.identity.Role;

/** The demo's accounts, one per role, with the published demo password. */
@Component
class DemoAccounts {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final CurrentUser SYSTEM =
      new CurrentUser(0, DemoCommune.BY, "demo", Role.ADMINISTRATOR, null, null, ALL);

  private final AccountAdministration accounts;
  private final DemoMembers members;

  DemoAccounts(AccountAdministration accounts, DemoMembers members) {
    this.accounts = accounts;
    this.members = members;
  }

  /**
   * Opens them: the province, the Tà Xùa and Làng Chếu offices, a committee member, secretaries, a
   * member.
   */
  void open(
      long province,
      long taXua,
      long langCheu,
      Map<String, Long> cells,
      long my,
      long accountHolder) {
    account("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, null);
    account("tinh.sonla", "Ban Tổ chức Tỉnh ủy Sơn La", Role.SUPERIOR_VIEWER, province, null);
    account("vanphong.taxua", "Văn phòng Đảng ủy xã Tà Xùa", Role.COMMITTEE_OFFICE, taXua, null);
    account(
        "vanphong.langcheu",
        "Văn phòng Đảng ủy xã Làng Chếu (trước 2025)",
        Role.COMMITTEE_OFFICE,
        langCheu,
        null);
    account("phutrach.my", "Hờ Thị Mỷ", Role.COMMITTEE_MEMBER_IN_CHARGE, null, my);
    account(
        "bithu.langcheu",
        "Sùng A Lử",
        Role.CELL_SECRETARY,
        cells.get("Chi bộ bản Làng Chếu"),
        null);
    account(
        "bithu.hangdong",
        "Thào A Dế",
        Role.CELL_SECRETARY,
        cells.get("Chi bộ bản Háng Đồng"),
        null);
    accounts.open(
        new NewAccount(
            "dangvien.langcheu",
            members.nameOf(accountHolder),
            DemoCommune.PASSWORD,
            Role.MEMBER,
            cells.get("Chi bộ bản Làng Chếu"),
            null,
            accountHolder),
        SYSTEM);
  }

  private void account(
      String username, String name, Role role, Long organization, Long committeeMember) {
    accounts.open(
        new NewAccount(username, name, DemoCommune.PASSWORD, role, organization, committeeMember),
        SYSTEM);
  }
}
