package vn.ward57.reportcheck.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.ward57.check.Block;

/**
 * Whether a report's opening names another ward or commune than the one it is checked for: its issuer line
 * ("ỦY BAN NHÂN DÂN PHƯỜNG TRUNG THÀNH", "UBND xã …") or its text ("UBND phường Trung Thành báo cáo …")
 * names a ward, and not this one. Its figures are then that other ward's, and comparing them with this ward's data would
 * flag every one of them. And, for a report a province received without saying whose it is, which of its wards
 * the issuer line names.
 */
final class NamedWard {

    private static final int OPENING_BLOCKS = 15;
    private static final Pattern ISSUER = Pattern.compile("\\b(?:ubnd|uy ban nhan dan) (?:phuong|xa|thi tran) \\p{L}");
    private static final Pattern PROVINCE = Pattern.compile("\\b(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) ");
    private static final Pattern KIND = Pattern.compile("^(?:phuong|xa|thi tran)\\s+");

    private NamedWard() {
    }

    /**
     * @param wardName     the ward's name as ward57 holds it ("Phường An Hải")
     * @param provinceName its province's ("Thành phố Đà Nẵng"): two provinces may have wards of one name, so a
     *                     report whose issuer line names another province ("UBND THÀNH PHỐ HẢI PHÒNG") is another's
     */
    static boolean another(List<Block> blocks, String wardName, String provinceName) {
        String own = own(wardName);
        Pattern ownProvince = Pattern.compile(PROVINCE.pattern() + Pattern.quote(province(provinceName)) + "\\b");
        boolean namesThisWard = false;
        boolean namesAWard = false;
        boolean namesThisProvince = false;
        boolean namesAProvince = false;
        for (Block b : blocks.subList(0, Math.min(OPENING_BLOCKS, blocks.size()))) {
            String text = StatedPeriod.fold(b.text());
            namesThisWard |= !own.isEmpty() && Pattern.compile("\\b" + Pattern.quote(own) + "\\b").matcher(text).find();
            namesAWard |= ISSUER.matcher(text).find();
            namesThisProvince |= ownProvince.matcher(text).find();
            namesAProvince |= PROVINCE.matcher(text).find();
        }
        return (namesAProvince && !namesThisProvince) || (namesAWard && !namesThisWard);
    }

    private static String province(String provinceName) {
        return StatedPeriod.fold(provinceName == null ? "" : provinceName).strip().replaceFirst("^(?:tinh|thanh pho)\\s+", "");
    }

    /**
     * The one ward of those given that the opening names as its issuer ("UBND phường An Hải", "ỦY BAN NHÂN DÂN
     * XÃ HÒA TIẾN"); of names within one another ("An Hải", "An Hải Bắc") the longest; none when two unrelated
     * wards are named, or none is.
     */
    static <W> Optional<W> issuer(List<Block> blocks, List<W> wards, Function<W, String> name) {
        StringBuilder opening = new StringBuilder();
        for (Block b : blocks.subList(0, Math.min(OPENING_BLOCKS, blocks.size()))) {
            opening.append(' ').append(StatedPeriod.fold(b.text())).append(' ');
        }
        String text = opening.toString();
        List<W> named = wards.stream().filter(w -> {
            String own = own(name.apply(w));
            return !own.isEmpty() && Pattern.compile("\\b(?:ubnd|uy ban nhan dan) (?:phuong|xa|thi tran) "
                    + Pattern.quote(own) + "\\b").matcher(text).find();
        }).sorted(Comparator.comparingInt((W w) -> own(name.apply(w)).length()).reversed()).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String longest = own(name.apply(named.getFirst()));
        boolean nested = named.stream().allMatch(w -> longest.contains(own(name.apply(w))));
        return nested ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private static String own(String wardName) {
        return KIND.matcher(StatedPeriod.fold(wardName).strip()).replaceFirst("");
    }
}
