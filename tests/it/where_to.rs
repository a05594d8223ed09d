//! `where` against document 001's where-to-file tables and the Power BI channels.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// where: document 001, "Waar moet ik heen om een ondersteuningsaanvraag in te dienen?"
// and "Hoe neem ik contact op met ondersteuning?"
// ---------------------------------------------------------------------------------------

/// The `as_written` text of every route in a `where` answer.
fn portals(v: &Value) -> BTreeSet<String> {
    arr(v, "routes")
        .iter()
        .map(|r| s(r, "as_written").to_string())
        .collect()
}

/// The route whose `as_written` is `as_written`.
fn route<'a>(v: &'a Value, as_written: &str) -> &'a Value {
    arr(v, "routes")
        .iter()
        .find(|r| s(r, "as_written") == as_written)
        .unwrap_or_else(|| panic!("no route `{as_written}` in {v}"))
}

const PPAC: &str = "Power Platform Beheercentrum";
const LCS: &str = "Levenscyclusdiensten";
const SUPPORT_FOR_BUSINESS: &str = "Ondersteuning voor bedrijven";
const SERVICES_HUB: &str = "Dienstencentrum";
const BC_PARTNERS: &str = "Ondersteuning wordt alleen verleend via partners. Neem voor assistentie contact op met uw Cloud Solution Provider (CSP).";

const PP_PLANS: &[&str] = &[
    "subscription",
    "prodirect",
    "premier",
    "unified-core",
    "unified-advanced",
    "unified-performance",
];

/// `where --product P [--plan PLAN]`: `expected` must be among the routes, `forbidden`
/// must not be.
fn assert_route(product: &str, plan: Option<&str>, expected: &str, forbidden: &[&str]) {
    let mut args = vec!["where", "--product", product];
    if let Some(plan) = plan {
        args.extend(["--plan", plan]);
    }
    let v = json(&args);
    let got = portals(&v);
    assert!(
        got.contains(expected),
        "{args:?}: expected `{expected}` among {got:?}"
    );
    for f in forbidden {
        assert!(
            !got.contains(*f),
            "{args:?}: `{f}` should not be among {got:?}"
        );
    }
    for r in arr(&v, "routes") {
        assert!(
            !r["for_partners"].as_bool().unwrap_or(false),
            "{args:?}: partner routes only with --partner: {r}"
        );
    }
}

#[test]
fn where_first_table_dynamics_365_and_power_platform() {
    // Row "Dynamics 365 en Power Platform": Power Platform Beheercentrum under
    // Abonnement, Professional Direct, Premier and Unified.
    for product in ["dynamics-365", "power-platform"] {
        assert_route(product, None, PPAC, &[LCS]);
        for plan in PP_PLANS {
            assert_route(
                product,
                Some(plan),
                PPAC,
                &[LCS, SUPPORT_FOR_BUSINESS, SERVICES_HUB],
            );
        }
    }
}

#[test]
fn where_first_table_business_central_only_through_partners() {
    // Row "Dynamics 365 Business Central": "Ondersteuning wordt alleen verleend via
    // partners. Neem voor assistentie contact op met uw Cloud Solution Provider (CSP)."
    // whatever the plan.
    let mut plans: Vec<Option<&str>> = vec![None];
    plans.extend(PP_PLANS.iter().map(|p| Some(*p)));
    for plan in plans {
        let mut args = vec!["where", "--product", "business-central"];
        if let Some(plan) = plan {
            args.extend(["--plan", plan]);
        }
        let v = json(&args);
        let got = portals(&v);
        assert_eq!(got, BTreeSet::from([BC_PARTNERS.to_string()]), "{args:?}");
        let r = &arr(&v, "routes")[0];
        assert!(s(r, "channel").contains("CSP"), "{r}");
    }
}

#[test]
fn where_second_table_customer_engagement_on_premises() {
    // Row "Customer Engagement (on-premises)": "Ondersteuning voor bedrijven" under
    // Software Assurance and Advantage/Advantage+, "Dienstencentrum" under Premier and Unified.
    for plan in ["software-assurance", "advantage"] {
        assert_route(
            "customer-engagement-on-premises",
            Some(plan),
            SUPPORT_FOR_BUSINESS,
            &[SERVICES_HUB],
        );
    }
    for plan in [
        "premier",
        "unified-core",
        "unified-advanced",
        "unified-performance",
    ] {
        assert_route(
            "customer-engagement-on-premises",
            Some(plan),
            SERVICES_HUB,
            &[SUPPORT_FOR_BUSINESS],
        );
    }
    let v = answer("where --product customer-engagement-on-premises");
    let got = portals(&v);
    assert!(
        got.contains(SUPPORT_FOR_BUSINESS) && got.contains(SERVICES_HUB),
        "{got:?}"
    );
    // The document gives no filing steps for Services Hub: none may be invented.
    assert!(arr(route(&v, SERVICES_HUB), "steps").is_empty(), "{v}");
}

#[test]
fn where_second_table_finance_supply_chain_commerce_go_to_lifecycle_services() {
    // Rows "Dynamics 365 Finance / Supply Chain Management / Commerce": Levenscyclusdiensten.
    for product in ["finance", "supply-chain-management", "commerce"] {
        assert_route(product, None, LCS, &[PPAC, SUPPORT_FOR_BUSINESS]);
        for plan in PP_PLANS {
            assert_route(product, Some(plan), LCS, &[PPAC, SUPPORT_FOR_BUSINESS]);
        }
    }
}

#[test]
fn where_contact_table() {
    // "Apps voor klantbetrokkenheid en AI-apps ...": Power Platform Beheercentrum
    assert_route("customer-engagement", None, PPAC, &[LCS]);
    // "Financiën en bedrijfsactiviteiten (online en on-premises)": Levenscyclusdiensten
    assert_route("finance-and-operations", None, LCS, &[PPAC]);
    // "Dynamics 365 Business Central": partners only (see its own test)
    assert_route("business-central", None, BC_PARTNERS, &[PPAC, LCS]);
    // "Dynamics": "Ondersteuning voor bedrijven of Premier-ondersteuning"
    let v = answer("where --product dynamics-on-premises");
    let got = portals(&v);
    assert!(got.contains(SUPPORT_FOR_BUSINESS), "{got:?}");
    assert!(
        arr(&v, "routes")
            .iter()
            .any(|r| s(r, "channel").contains("Premier")),
        "a Premier route: {v}"
    );
}

#[test]
fn where_filing_steps_of_each_portal() {
    // "Hoe dien ik een aanvraag in voor technische ondersteuning of adviesdiensten?"
    // Power Platform admin center: Help + ondersteuning, then Nieuwe ondersteuningsaanvraag.
    let v = answer("where --product dynamics-365 --plan premier");
    let steps = text_of(route(&v, PPAC), "steps");
    assert!(
        steps.contains("help + support") && steps.contains("new support request"),
        "{steps}"
    );

    // Premier portal: Nieuw ondersteuningsverzoek, toegangs-id en wachtwoord.
    let premier = arr(&v, "routes")
        .iter()
        .find(|r| s(r, "channel").contains("Premier"))
        .unwrap_or_else(|| panic!("Premier portal route under --plan premier: {v}"));
    let steps = text_of(premier, "steps");
    assert!(
        steps.contains("new support request") && steps.contains("access id"),
        "{steps}"
    );

    // Lifecycle Services: een project, Ondersteuning, Een incident indienen.
    let v = answer("where --product finance");
    let steps = text_of(route(&v, LCS), "steps");
    assert!(
        steps.contains("project")
            && steps.contains("support")
            && steps.contains("submit an incident"),
        "{steps}"
    );

    // Ondersteuning voor bedrijven: de Dynamics 365-productfamilie, dan het product.
    let v = answer("where --product customer-engagement-on-premises --plan software-assurance");
    let steps = text_of(route(&v, SUPPORT_FOR_BUSINESS), "steps");
    assert!(steps.contains("dynamics 365 product family"), "{steps}");
}

#[test]
fn where_who_may_file_in_the_power_platform_admin_center() {
    // "Wie kan een ondersteuningsaanvraag indienen ...?" and "Hoe machtig ik een andere persoon ...?"
    let v = answer("where --product power-platform");
    let who = text_of(route(&v, PPAC), "who");
    assert!(
        who.contains("power platform admin"),
        "admin roles may file: {who}"
    );
    assert!(
        who.contains("end users") && who.contains("cannot"),
        "end users may not: {who}"
    );
    assert!(
        who.contains("service admin"),
        "delegation via the service admin role: {who}"
    );
}

#[test]
fn where_billing_route_with_its_steps() {
    // "Toegang tot abonnementsbeheer en factureringsondersteuning ...": Microsoft 365-portal,
    // beheer-app, Ondersteuning - Nieuwe ondersteuningsaanvraag, Hulp nodig?, Contact opnemen.
    let v = answer("where --product billing");
    let routes = arr(&v, "routes");
    assert_eq!(routes.len(), 1, "{v}");
    let r = &routes[0];
    assert!(s(r, "channel").contains("Microsoft 365"), "{r}");
    let steps = text_of(r, "steps");
    for part in [
        "microsoft 365",
        "admin",
        "new support request",
        "need help?",
        "contact support",
    ] {
        assert!(
            steps.contains(part),
            "billing steps mention `{part}`: {steps}"
        );
    }
    // "Hoe krijg ik ondersteuning als ik nog geen abonnement heb ...?": Power Platform
    // admin credentials suffice.
    let who = text_of(r, "who");
    assert!(who.contains("power platform admin"), "{who}");
}

#[test]
fn where_licensing_by_purchase_channel() {
    // "Waar kan ik ondersteuning bij licenties krijgen?"
    let cases = [
        (
            "direct",
            "Microsoft 365-beheercentrum",
            "Microsoft 365 admin center",
        ),
        (
            "volume-licensing",
            "Volume Licensing Service Center (VLSC)",
            "VLSC",
        ),
        ("EA", "Volume Licensing Service Center (VLSC)", "VLSC"),
        ("csp", "Neem contact op met uw partner.", "partner"),
    ];
    for (channel, as_written, english) in cases {
        let v = json(&["where", "--product", "licensing", "--channel", channel]);
        assert_eq!(
            portals(&v),
            BTreeSet::from([as_written.to_string()]),
            "--channel {channel}"
        );
        assert!(s(&arr(&v, "routes")[0], "channel").contains(english), "{v}");
    }
    // Without a channel: all three.
    let v = answer("where --product licensing");
    assert_eq!(arr(&v, "routes").len(), 3, "{v}");
}

#[test]
fn where_partner_routes_only_with_partner_flag() {
    // "Microsoft Partners moeten de portal Partnercentrum ... gebruiken" and
    // "Ik ontwikkel toepassingen namens mijn klant ...": two ways to get support.
    let v = answer("where --product dynamics-365 --partner");
    let partner: Vec<&Value> = arr(&v, "routes")
        .iter()
        .filter(|r| r["for_partners"].as_bool() == Some(true))
        .collect();
    assert!(
        partner
            .iter()
            .any(|r| s(r, "as_written") == "Partnercentrum"),
        "Partner Center: {v}"
    );
    let steps: Vec<String> = partner
        .iter()
        .filter(|r| !arr(r, "steps").is_empty())
        .map(|r| text_of(r, "steps"))
        .collect();
    assert!(
        steps
            .iter()
            .any(|t| t.contains("admin of your customer's tenant")),
        "route 1, as admin of the customer's tenant: {steps:?}"
    );
    assert!(
        steps.iter().any(|t| t.contains("delegated admin")),
        "route 2, through the customer's account as delegated admin: {steps:?}"
    );
    assert!(
        steps.iter().all(|t| t.contains("partner")),
        "both mention partner benefits: {steps:?}"
    );
}

#[test]
fn where_power_bi_channels_by_option() {
    // Document 000, column "Ondersteuningskanaal".
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "powerbi-community",
            &["Power BI-community"],
            &["https://community.powerbi.com"],
        ),
        (
            "powerbi-pro",
            &["Ondersteuningssite van Power BI"],
            &["https://support.powerbi.com"],
        ),
        (
            "powerbi-premium",
            &[
                "Ondersteuningssite van Power BI",
                "Microsoft 365-beheercentrum",
                "Telefoon",
            ],
            &[
                "https://support.powerbi.com",
                "https://portal.office.com/adminportal",
            ],
        ),
        (
            "powerbi-admin",
            &["Microsoft 365-beheercentrum", "Telefoon"],
            &["https://portal.office.com/adminportal"],
        ),
        (
            "premier",
            &["Technical Account Manager", "Microsoft 365-beheercentrum"],
            &["https://portal.office.com/adminportal"],
        ),
    ];
    for (plan, written, urls) in cases {
        let v = json(&["where", "--product", "power-bi", "--plan", plan]);
        let expected: BTreeSet<String> = written.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            portals(&v),
            expected,
            "where --product power-bi --plan {plan}"
        );
        let got_urls: BTreeSet<String> = arr(&v, "routes")
            .iter()
            .filter_map(|r| r["url"].as_str().map(str::to_string))
            .collect();
        let expected_urls: BTreeSet<String> = urls.iter().map(|u| u.to_string()).collect();
        assert_eq!(got_urls, expected_urls, "urls for {plan}");
        for src in sources(&v) {
            assert_eq!(s(src, "file"), PBI_FILE, "{plan}");
        }
    }
}

#[test]
fn where_power_bi_admin_option_says_who_may_use_it() {
    // Document 000, row "Ondersteuning voor Power BI-beheerders": "Deze optie kunt u alleen
    // gebruiken als u een Azure Active Directory-bedrijfsbeheerder, Globale beheerder van
    // Office 365, Office 365-servicebeheerder of Power BI-servicebeheerder bent."
    // The contract: `where` answers who may file.
    let v = answer("where --product power-bi --plan powerbi-admin");
    let text = v.to_string().to_lowercase();
    for role in [
        "azure active directory",
        "global admin",
        "office 365 service admin",
        "power bi service admin",
    ] {
        assert!(
            text.contains(role),
            "`where` for powerbi-admin names the role `{role}`: {v}"
        );
    }
}

#[test]
fn where_errors() {
    let err = refused("where --product dynamcs");
    assert!(
        err.contains("dynamcs") && err.contains("did you mean"),
        "{err}"
    );
    assert!(
        err.contains("`dynamics-365`") && err.contains("`business-central`"),
        "{err}"
    );

    // No route for that product under that plan: name the plans that have one.
    let err = refused("where --product customer-engagement-on-premises --plan subscription");
    for plan in ["software-assurance", "advantage", "premier", "unified-core"] {
        assert!(err.contains(plan), "names `{plan}`: {err}");
    }
    let err = refused("where --product power-bi --plan prodirect");
    for plan in [
        "powerbi-community",
        "powerbi-pro",
        "powerbi-premium",
        "powerbi-admin",
        "premier",
    ] {
        assert!(err.contains(plan), "names `{plan}`: {err}");
    }
}

// ---------------------------------------------------------------------------------------
// where: document 002's partner routes
// ---------------------------------------------------------------------------------------

fn route_by_url<'a>(v: &'a Value, url: &str) -> &'a Value {
    arr(v, "routes")
        .iter()
        .find(|r| r["url"].as_str() == Some(url))
        .unwrap_or_else(|| panic!("no route with url {url} in {v}"))
}

/// Everything a route says, lower-cased: channel, as written, steps, who, notes, note.
pub(crate) fn route_text(r: &Value) -> String {
    let mut parts = vec![
        s(r, "channel").to_lowercase(),
        r["as_written"].as_str().unwrap_or("").to_lowercase(),
        r["note"].as_str().unwrap_or("").to_lowercase(),
    ];
    for key in ["steps", "who", "notes"] {
        parts.push(text_of(r, key));
    }
    parts.join("\n")
}

#[test]
fn where_mpn_product_support_for_partners() {
    // "Selecteer Ondersteuning voor Bedrijven om een ondersteuningsaanvraag voor een
    // on-premises product te maken."; "Elk gebruikersaccount (AAD of MSA) kan technische
    // ondersteuning gebruiken voor on-premises producten als deze de toegangs-id en
    // contract-id hebben".
    let v = answer("where --product mpn-product-support --partner");
    let r = route_by_url(
        &v,
        "https://support.serviceshub.microsoft.com/supportforbusiness/create",
    );
    assert_eq!(r["for_partners"].as_bool(), Some(true), "{r}");
    assert!(s(r, "channel").contains("Support for business"), "{r}");
    assert_mentions(
        &text_of(r, "who"),
        &["aad", "msa"],
        "who may file with Support for business",
    );
    assert_mentions(
        &route_text(r),
        &["access id", "contract id", "activate"],
        "Support for business route",
    );
    assert_cites(&v, MPN_FILE, MPN_ON_PREMISES, "where mpn-product-support");
}

#[test]
fn where_signature_cloud_support_for_partners() {
    let v = answer("where --product signature-cloud-support --partner");
    // Partner Center: "Gebruikers met de rol Beheerderagent kunnen klanten selecteren onder
    // CSP in het linkernavigatiemenu, Servicebeheer selecteren en Nieuwe aanvraag
    // selecteren."
    let pc = route_by_url(&v, "https://partner.microsoft.com/commerce/customers/list");
    assert_eq!(pc["for_partners"].as_bool(), Some(true), "{pc}");
    assert_items_in_order(
        &strings(pc, "steps"),
        &[
            &["customers", "csp"],
            &["service management"],
            &["new request"],
            &["workload", "support contract"],
        ],
        "Partner Center steps",
    );
    assert_mentions(&text_of(pc, "who"), &["admin agent"], "Partner Center who");
    assert_mentions(
        &route_text(pc),
        &["gold", "silver", "action pack"],
        "Partner Center: Gold/Silver only, not Action Pack without a competency",
    );

    // Azure portal: "Help en ondersteuning, ondersteuningsplannen en vervolgens
    // 'Ondersteuningsvoordelen koppelen' ... de toegangs-id en contract-id invoeren".
    let azure = arr(&v, "routes")
        .iter()
        .find(|r| s(r, "channel").contains("Azure portal"))
        .unwrap_or_else(|| panic!("an Azure portal route in {v}"));
    assert_eq!(azure["for_partners"].as_bool(), Some(true), "{azure}");
    assert_items_in_order(
        &strings(azure, "steps"),
        &[
            &[
                "help + support|help and support",
                "support plans",
                "link support benefits",
            ],
            &["access id", "contract id"],
        ],
        "Azure portal steps",
    );
    assert_mentions(
        &route_text(azure),
        &["already associated", "ignore"],
        "Azure portal route: the invalid error",
    );
    assert_cites(&v, MPN_FILE, MPN_SIGNATURE, "where signature-cloud-support");
    assert_cites(&v, MPN_FILE, MPN_ACCESS_ID, "where signature-cloud-support");
}

#[test]
fn where_partner_products_need_the_partner_flag() {
    for product in [
        "signature-cloud-support",
        "mpn-product-support",
        "csp-customer-support",
    ] {
        let err = usage_error(&["where", "--product", product]);
        assert!(
            err.contains("--partner"),
            "{product}: says to add --partner: {err}"
        );
        usage_error(&["where", "--product", product, "--json"]);
    }
}

// ---------------------------------------------------------------------------------------
// where: document 004, the three clouds
// ---------------------------------------------------------------------------------------

#[test]
fn where_microsoft_365_worldwide() {
    let v = answer("where --product microsoft-365");
    assert_eq!(s(&v, "product"), "microsoft-365");
    for r in arr(&v, "routes") {
        assert_eq!(r["for_partners"].as_bool(), Some(false), "{r}");
    }
    // "Online-ondersteuning": five steps, in order.
    let r = route_by_url(&v, "https://admin.microsoft.com");
    let steps = strings(r, "steps");
    assert_eq!(steps.len(), 5, "five steps: {steps:?}");
    let expected: [&[&str]; 5] = [
        // 1. Ga naar het beheercentrum via https://admin.microsoft.com. Geen toestemming:
        //    u bent geen beheerder.
        &["https://admin.microsoft.com", "not an admin"],
        // 2. Selecteer de Hulp nodig?-knop.
        &["need help?"],
        // 3. Geef in het deelvenster Hulp nodig? aan waar u hulp bij nodig hebt; Enter.
        &["need help?", "enter"],
        // 4. Als de resultaten niet helpen: Contact opnemen met ondersteuning.
        &["results", "contact support"],
        // 5. Beschrijving, contactgegevens en e-mailadres, contactwijze, Neem contact met
        //    mij op; de verwachte wachttijd staat in het deelvenster.
        &[
            "description",
            "contact details",
            "e-mail|email",
            "contact me",
            "wait",
        ],
    ];
    for (i, (step, item)) in steps.iter().zip(expected).enumerate() {
        assert!(has_all(step, item), "step {}: {item:?} in {step}", i + 1);
    }
    // "U moet beheerder zijn van een bedrijfsabonnement ... Als u geen bedrijfsbeheerder
    // bent, gebruikt u deze ondersteuningspagina (https://support.microsoft.com/contactus)."
    assert_mentions(
        &text_of(r, "who"),
        &["only admins", "business subscription"],
        "who",
    );
    let answer = v.to_string().to_lowercase();
    assert!(
        answer.contains("https://support.microsoft.com/contactus"),
        "{v}"
    );
    assert!(
        arr(&v, "routes").iter().any(|x| {
            x["url"].as_str() == Some("https://support.microsoft.com/contactus")
                || has_all(
                    &text_of(x, "who"),
                    &["not", "https://support.microsoft.com/contactus"],
                )
        }),
        "the non-admin route: {v}"
    );
    // "Begin met het bekijken van de huidige status van uw services ... Servicestatus-dashboard"
    assert_items(
        &strings(r, "notes"),
        &[&[
            "first|start",
            "service health|status of your services",
            "https://go.microsoft.com/fwlink/p/?linkid=842900",
        ]],
        "service health first",
    );
    assert_cites(&v, M365_FILE, M365_ONLINE, "where microsoft-365");
}

#[test]
fn where_office_365_21vianet() {
    let v = answer("where --product office-365-21vianet");
    let routes = arr(&v, "routes");
    for r in routes {
        assert_eq!(r["for_partners"].as_bool(), Some(false), "{r}");
    }
    // "Kies in het Microsoft 365-beheercentrum voor Ondersteuning > Nieuwe serviceaanvraag."
    let online = routes
        .iter()
        .find(|r| text_of(r, "steps").contains("support > new service request"))
        .unwrap_or_else(|| panic!("a route with Support > New service request: {v}"));
    assert_mentions(
        &text_of(online, "steps"),
        &["admin center"],
        "21Vianet online",
    );
    // "Alleen voor beheerders ... Als u ... zelf geen beheerder bent, kunt u voor
    // ondersteuning terecht in de communityfora of neemt u contact op met uw beheerder."
    assert_mentions(
        &text_of(online, "who"),
        &[
            "only admins",
            "not admins|not an admin",
            "community forums",
            "admin",
        ],
        "21Vianet who",
    );
    // "telefonische ondersteuning krijgen via +86 400 089 0365"
    assert!(
        routes
            .iter()
            .any(|r| route_text(r).contains("+86 400 089 0365")),
        "the phone route: {v}"
    );
    assert_cites(&v, M365_FILE, VIANET_ONLINE, "where office-365-21vianet");
    assert_cites(&v, M365_FILE, VIANET_CONTACT, "where office-365-21vianet");
}

#[test]
fn where_office_365_germany() {
    let v = answer("where --product office-365-germany");
    let routes = arr(&v, "routes");
    for r in routes {
        assert_eq!(r["for_partners"].as_bool(), Some(false), "{r}");
    }
    // "Kies in het beheercentrum voor Ondersteuning > Nieuwe serviceaanvraag."
    let online = routes
        .iter()
        .find(|r| text_of(r, "steps").contains("support > new service request"))
        .unwrap_or_else(|| panic!("a route with Support > New service request: {v}"));
    // "Alleen voor beheerders van organisaties met een Office 365 Germany-abonnement ...
    // geen beheerder: communityfora of uw beheerder of IT-afdeling."
    assert_mentions(
        &text_of(online, "who"),
        &["only admins", "community forums", "it department"],
        "Germany who",
    );
    assert!(
        routes
            .iter()
            .any(|r| has_all(&route_text(r), &["0800 589 2330", "+49 69 380 789 305"])),
        "the phone route: {v}"
    );
    assert_mentions(s(&v, "note"), &["onmicrosoft.de"], "Germany note");
    assert_cites(&v, M365_FILE, GERMANY_ASSISTED, "where office-365-germany");
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_where_business_central() {
    snapshot_pair(
        "where_business_central",
        &words("where --product business-central"),
        0,
    );
}
