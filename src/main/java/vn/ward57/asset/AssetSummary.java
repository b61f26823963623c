package vn.ward57.asset;

import java.util.List;

/** The equipment register in figures: each kind's quantity and those in service, and camera coverage. */
public record AssetSummary(List<KindCount> equipment, Cameras cameras) {
}
