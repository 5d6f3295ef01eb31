import Atalaya

/// GDELT 2.0 event table rows: 61 tab-separated columns in GDELT's order. Fields Atalaya does not
/// have (ethnic and religion codes, tone, ADM codes, feature ids) are left empty; geography uses
/// ISO 3166 alpha-3 country codes where GDELT uses FIPS.
public enum GDELTRow {
    public static let columns = [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    ]

    public static func fields(_ e: StoredEvent, _ m: EventMention?, agents: Set<String>) -> [String] {
        let day = e.date.replacingOccurrences(of: "-", with: "")
        let d = Day(parsing: e.date)
        let year = d?.civil.year ?? 0
        let dayOfYear = d.map { Int($0.ordinal - Day(year: year, month: 1, day: 1)!.ordinal) } ?? 0
        func actor(_ code: String, _ name: String?) -> [String] {
            guard !code.isEmpty else { return Array(repeating: "", count: 10) }
            // An organisation's first part is its known group ("UNO" in IGOUNO), and its parts
            // fill the type columns as a state's agents do.
            let c = ActorCode(code, agents: agents), parts = c.parts
            func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
            return [code, (name ?? "").uppercased(), c.country ?? "", c.isOrganization ? part(0) : "", "", "", "",
                    part(0), part(1), part(2)]
        }
        let geo: [String]
        if let name = m?.locationName, let country = m?.locationCountry {
            geo = [m?.locationLat == nil ? "1" : "4", name, country, "", "", m?.locationLat.map { String($0) } ?? "",
                   m?.locationLon.map { String($0) } ?? "", ""]
        } else {
            geo = Array(repeating: "", count: 8)
        }
        let added = (m?.ingestedAt ?? "").filter(\.isNumber)
        return [String(e.id), day, String(day.prefix(6)), String(year), String(format: "%.4f", Double(year) + Double(dayOfYear) / 365)]
            + actor(e.source, m?.sourceText) + actor(e.target, m?.targetText)
            + [m?.sentence == 1 ? "1" : "0", e.code, String(e.code.prefix(3)), e.root, String(e.quad), String(e.goldstein),
               String(e.numMentions), String(e.numDocuments), String(e.numDocuments), ""]
            + Array(repeating: "", count: 16) + geo + [added, m?.url ?? m?.docId ?? ""]
    }
}

import Foundation
