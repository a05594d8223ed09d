//! `policy TOPIC`: the topics of documents 001 to 004, each checked point by point against
//! the document's list.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;
use crate::where_to::route_text;

// ---------------------------------------------------------------------------------------
// policy: the list of topics, and document 001's preview topic
// ---------------------------------------------------------------------------------------

#[test]
fn policy_list_one_topic_and_unknown_topic() {
    let v = json(&["policy"]);
    let topics: Vec<&str> = arr(&v, "topics").iter().map(|t| s(t, "topic")).collect();
    assert!(topics.contains(&"preview"), "{topics:?}");

    // "Ondersteunen de ondersteuningsplannen previewservices (bèta) of -functies?":
    // break-fix only, English only, no 24/7.
    let v = answer("policy preview");
    assert_eq!(s(&v, "topic"), "preview");
    let points = text_of(&v, "points");
    assert!(
        points.contains("break-fix") && points.contains("english only"),
        "{points}"
    );
    assert!(points.contains("no 24/7"), "{points}");
    let sections: Vec<&str> = sources(&v).iter().map(|x| s(x, "section")).collect();
    assert!(
        sections.contains(&"Wat is een preview-service (bèta) of -functie?"),
        "{sections:?}"
    );

    // case-insensitive
    assert_eq!(s(&answer("policy PREVIEW"), "topic"), "preview");

    let err = refused("policy previw");
    assert!(err.contains("did you mean `preview`"), "{err}");
}

#[test]
fn snapshot_policy_preview() {
    snapshot_pair("policy_preview", &words("policy preview"), 0);
}

// ---------------------------------------------------------------------------------------
// policy: document 002's lists
// ---------------------------------------------------------------------------------------

#[test]
fn policy_cloud_competencies_lists_all_six() {
    // "Cloudcompetenties zijn onder andere: Beveiligingscompetentie, Cloud Business
    // Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management,
    // Small en Midmarket Cloud Solutions."
    let points = policy("cloud-competencies", MPN_FILE, &[MPN_ENTITLEMENT]);
    assert_items(
        &points,
        &[&[
            "security|beveiliging",
            "cloud business applications",
            "cloud platform",
            "cloud productivity",
            "enterprise mobility management",
            "small and midmarket cloud solutions|small en midmarket cloud solutions",
        ]],
        "policy cloud-competencies",
    );
}

#[test]
fn policy_mpn_roles() {
    // "Juiste rollen:" — four items.
    let points = policy("mpn-roles", MPN_FILE, &[MPN_TOP]);
    assert_items(
        &points,
        &[
            // "Aan MPN gekoppelde globale beheerder of MPN-partnerbeheerder om uw
            // technische ondersteuningsvoordelen te activeren."
            &["global admin", "mpn partner admin", "activat"],
            // "Elk aan MPN gekoppeld gebruikersaccount om uw toegangs-id en contract-id na
            // de activering weer te geven."
            &["any", "user account", "access id", "contract id"],
            // "Admin Agent om namens uw klant ondersteuning te bieden voor cloudproducten."
            &["admin agent", "customer", "cloud"],
            // "Een AAD- of MSA-account om on-premises ondersteuningsaanvragen te maken namens
            // uw klant of voor uw eigen organisatie."
            &["aad", "msa", "on-premises", "customer", "own organi"],
        ],
        "policy mpn-roles",
    );
}

#[test]
fn policy_mpn_overview_and_steps() {
    // "Overzicht": two separate benefits on the Technical benefits page.
    let points = policy("mpn-overview", MPN_FILE, &[MPN_OVERVIEW]);
    assert_items_in_order(
        &points,
        &[
            &["https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical"],
            &["technical product support incidents"],
            &["technical presales and deployment services", "tpd"],
        ],
        "policy mpn-overview",
    );

    // "Stappen": four numbered steps.
    let points = policy("mpn-steps", MPN_FILE, &[MPN_STEPS]);
    assert_items_in_order(
        &points,
        &[
            &["activate", "global admin", "mpn partner admin", "access id"],
            &["entitlement", "supported products|product and version"],
            &["on-premises", "support for business"],
            &[
                "signature cloud support",
                "admin agent",
                "customers",
                "service management",
            ],
        ],
        "policy mpn-steps",
    );
}

#[test]
fn policy_mpn_activation_in_both_partner_center_views() {
    // "Uw technische ondersteuningsvoordelen weergeven en activeren", with the tabs
    // "Werkruimtenweergave" and "Huidige weergave": four steps each, differing in step 2.
    let points = policy(
        "mpn-activate",
        MPN_FILE,
        &[MPN_ACTIVATE, MPN_WORKSPACES, MPN_CURRENT],
    );
    assert_items(
        &points,
        &[
            // 1. Sign in with your MPN account to the Partner Center dashboard.
            &["https://partner.microsoft.com/dashboard", "mpn account"],
            // ... an account linked only to CSP gets 'U bent niet gemachtigd voor deze actie'.
            &["csp", "mpn account", "not authori|niet gemachtigd"],
            // 2. Workspaces view: the Benefits tile, then Technical benefits.
            &["workspaces", "tile", "technical benefits"],
            // 2. Current view: expand Benefits in the left navigation menu.
            &["current view", "expand", "left nav", "technical benefits"],
            // The page shows active Gold, Silver or Microsoft Action Pack offers.
            &["gold", "silver", "action pack"],
            // No offers: 'Het lijkt erop dat u nog geen voordelen hebt'.
            &["no benefits|nog geen voordelen"],
            // Wrong account: the Account icon, sign in with another account.
            &["account icon", "wrong account"],
            // 3. The Activate button; global admin or MPN partner admin.
            &["activate", "global admin", "mpn partner admin"],
            // 4. Access ID and contract ID shown to all users after activation.
            &["access id", "contract id", "all users"],
            // Greyed-out button: User management, filter on the roles.
            &[
                "greyed|grayed",
                "https://partner.microsoft.com/dashboard/account/v3/usermanagement#users",
            ],
            // The IDs are needed only the first time for each account.
            &["first time", "access id", "contract id"],
        ],
        "policy mpn-activate",
    );
}

#[test]
fn policy_mpn_on_premises_and_signature_cloud_support() {
    // "Microsoft-productondersteuning (on-premises)"
    let points = policy("on-premises-support", MPN_FILE, &[MPN_ON_PREMISES]);
    assert_items(
        &points,
        &[
            &["current", "(n)", "n-1"],
            &["https://aka.ms/n-1"],
            &["paid", "partner support plan"],
            &["aad", "msa", "access id", "contract id"],
            &["https://support.serviceshub.microsoft.com/supportforbusiness/create"],
        ],
        "policy on-premises-support",
    );

    // "Signature Cloud Support (alleen cloud)"
    let points = policy("signature-cloud-support", MPN_FILE, &[MPN_SIGNATURE]);
    assert_items(
        &points,
        &[
            &["gold", "silver", "cloud"],
            &["action pack", "competenc"],
            &["azure", "dynamics 365", "microsoft 365"],
            &["cloud solution provider", "azure", "without"],
            &[
                "admin agent",
                "https://partner.microsoft.com/commerce/customers/list",
                "service management",
                "new request",
            ],
        ],
        "policy signature-cloud-support",
    );
}

#[test]
fn policy_remaining_incidents() {
    // "Hoeveel ondersteuningsincidenten van partners nog resterend zijn"
    let points = policy("remaining-incidents", MPN_FILE, &[MPN_REMAINING]);
    assert_items(
        &points,
        &[
            // Only through Support for business; not in the cloud portals (Azure, LCS).
            &["only", "support for business", "azure", "lcs"],
            // Start the process but do not complete it: no request is created.
            &["no support request|not create|no request"],
            // "Zie Hoeveel partnerondersteuningsincidenten zijn er nog?"
            &["https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3"],
            // Link the contract: add contract, access ID and contract ID.
            &["add contract|contract toevoegen", "access id", "contract id"],
            // Partner support shows under unavailable plans only if expired, used up or old.
            &["expired", "n-1"],
        ],
        "policy remaining-incidents",
    );
    // The two numbered steps, in order.
    assert_items_in_order(
        &points,
        &[
            &[
                "https://support.serviceshub.microsoft.com/supportforbusiness/create",
                "windows 10",
                "dummy",
            ],
            &["start date", "end date", "incidents"],
        ],
        "policy remaining-incidents steps",
    );
}

#[test]
fn policy_access_id_already_associated_error() {
    let v = answer("policy access-id-already-associated");
    assert_cites(
        &v,
        MPN_FILE,
        MPN_ACCESS_ID,
        "policy access-id-already-associated",
    );
    // The error's exact English text, as the document quotes it.
    let exact = "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID";
    assert!(
        arr(&v, "points")
            .iter()
            .any(|p| p.as_str().is_some_and(|p| p.contains(exact))),
        "the exact error text: {v}"
    );
    let points = strings(&v, "points");
    assert_items(
        &points,
        &[
            // "Dit foutbericht is ongeldig en moet worden genegeerd."
            &["invalid", "ignore"],
            // Help en ondersteuning, ondersteuningsplannen, 'Ondersteuningsvoordelen koppelen'.
            &[
                "help + support|help and support",
                "support plans",
                "link support benefits",
                "access id",
                "contract id",
            ],
            // Microsoft Action Pack: no cloud support, only on-premises product support.
            &["action pack", "signature cloud support", "on-premises"],
            // Scenario 1: linked before for on-premises; ignore, + New support request.
            &["gold", "silver", "on-premises", "new support request"],
            // Scenario 2: expired, or the 10-pack / 5-pack used up; buy a new plan.
            &["expired", "10-pack", "5-pack", "new support plan"],
        ],
        "policy access-id-already-associated",
    );
}

#[test]
fn policy_partner_support_plans() {
    // "Ondersteuningsplannen van partners"
    let points = policy("partner-support-plans", MPN_FILE, &[MPN_PLANS]);
    assert_items(
        &points,
        &[
            &["paid"],
            &["https://partner.microsoft.com/support/partnersupport"],
            // "Premier Support voor partners: het hoogste niveau van technische ondersteuning"
            &[
                "premier support for partners",
                "highest",
                "https://partner.microsoft.com/support/microsoft-services-premier-support",
            ],
            // "Geavanceerde ondersteuning voor partners - alleen cloudproducten"
            &[
                "advanced support for partners",
                "cloud",
                "https://partner.microsoft.com/support/advanced-cloud-support",
            ],
        ],
        "policy partner-support-plans",
    );
}

// ---------------------------------------------------------------------------------------
// policy: document 003 (CSP)
// ---------------------------------------------------------------------------------------

#[test]
fn policy_csp_partner_owns_support_end_to_end() {
    // "Ondersteuningshulp voor Microsoft-partners"
    let points = policy("csp-support-ownership", CSP_FILE, &[CSP_GUIDANCE]);
    assert_items(
        &points,
        &[
            // trusted advisor, owner of the relationship end to end, including support
            &["trusted advisor", "end to end|end-to-end", "support"],
            // resell support from another entity, outsource, and/or support directly
            &["resell", "outsource", "directly"],
            // may charge for all or part of the support
            &["charge"],
            // must tell customers: what support, service hours, contact method, prices
            &["what support", "hours", "contact method", "price"],
            // receive requests, diagnose, resolve within the baseline support boundaries
            &["receive", "diagnose", "baseline"],
        ],
        "policy csp-support-ownership",
    );
}

/// "Beheertaken uitvoeren voor uw klanten": the five steps, in order.
const CSP_ADMIN_STEPS: &[&[&str]] = &[
    // 1. Selecteer klanten in het Partner Center-menu. Kies uw klant in de lijst.
    &["customers", "list"],
    // 2. Selecteer Servicebeheer in het menu van de klant.
    &["service management"],
    // 3. Kies in de sectie Services beheren de service ... om de beheerportal te openen.
    &["manage services", "admin portal"],
    // 4. Een probleem met het account van een klant: begin met de status van de service.
    &["service health", "degraded"],
    // 5. Een doorlopend probleem naar Microsoft escaleren: een serviceaanvraag indienen.
    &["escalate", "service request"],
];

#[test]
fn policy_csp_admin_tasks() {
    let points = policy("csp-admin-tasks", CSP_FILE, &[CSP_TOP, CSP_ADMIN_TASKS]);
    assert_items(
        &points,
        &[
            // "Juiste rollen: globale | Gebruikersbeheerbeheerders | Helpdeskagent | Beheeragent"
            &["global", "user management", "helpdesk agent", "admin agent"],
            // delegated admin privileges give access to the customers' environments
            &["delegated admin"],
            // In Partner Center: view customer service health; view customer service incidents
            &["service health", "incidents"],
        ],
        "policy csp-admin-tasks",
    );
    assert_items_in_order(&points, CSP_ADMIN_STEPS, "policy csp-admin-tasks steps");
}

#[test]
fn csp_escalation_vehicles() {
    // "Ondersteuning voor commerciële problemen is beschikbaar voor alle partners in het
    // CSP-programma"; technical: "Premier Support voor partners (gebaseerd op kosten)",
    // "Geavanceerde ondersteuning voor partners (op basis van kosten)", "Signature Cloud
    // Support (opgenomen in de Gold/Silver-competentie)".
    let points = policy("csp-escalation", CSP_FILE, &[CSP_GUIDANCE]);
    assert_items(
        &points,
        &[
            &[
                "commercial",
                "all partners|every csp partner|all csp partners",
            ],
            &["technical", "premier support for partners"],
            &["technical", "advanced support for partners"],
            &["technical", "signature cloud support", "gold", "silver"],
        ],
        "policy csp-escalation",
    );

    // The same vehicles as routes of `where --product csp-customer-support --partner`.
    let v = answer("where --product csp-customer-support --partner");
    let routes = arr(&v, "routes");
    for r in routes {
        assert_eq!(r["for_partners"].as_bool(), Some(true), "{r}");
    }
    let with_plan = |plan: &str| -> Vec<&Value> {
        routes
            .iter()
            .filter(|r| arr(r, "plans").iter().any(|p| p == plan))
            .collect()
    };
    let psfp = with_plan("premier-support-for-partners");
    assert_eq!(psfp.len(), 1, "a Premier Support for Partners route: {v}");
    assert_mentions(&route_text(psfp[0]), &["paid|fee"], "PSfP is paid");
    let asfp = with_plan("advanced-support-for-partners");
    assert_eq!(asfp.len(), 1, "an Advanced Support for Partners route: {v}");
    assert_mentions(&route_text(asfp[0]), &["paid|fee"], "ASfP is paid");
    assert!(
        !with_plan("signature-cloud-support").is_empty(),
        "a Signature Cloud Support route: {v}"
    );
    assert!(
        routes.iter().any(|r| {
            let t = route_text(r);
            t.contains("commercial") && has(&t, "all partners|every csp partner")
        }),
        "a route for commercial issues, open to every CSP partner: {v}"
    );
    // The admin tasks, as the route's steps.
    assert!(
        routes.iter().any(|r| {
            let steps = strings(r, "steps");
            steps.len() == CSP_ADMIN_STEPS.len()
                && steps
                    .iter()
                    .zip(CSP_ADMIN_STEPS)
                    .all(|(step, item)| has_all(step, item))
        }),
        "a route with the five admin-task steps: {v}"
    );
    assert_cites(&v, CSP_FILE, CSP_GUIDANCE, "where csp-customer-support");
    assert_cites(&v, CSP_FILE, CSP_ADMIN_TASKS, "where csp-customer-support");
}

#[test]
fn policy_csp_service_requirements() {
    // "Facturering, abonnementsbeheer en technische ondersteuning bieden": three links.
    let points = policy("csp-service-requirements", CSP_FILE, &[CSP_REQUIREMENTS]);
    assert_items(
        &points,
        &[
            &["billing", "subscription management", "technical support"],
            &[
                "dynamics 365",
                "https://www.microsoftpartnercommunity.com/t5/csp/microsoft-partner-support-guidance/m-p/5262#m30",
            ],
            &[
                "azure",
                "https://www.microsoftpartnercommunity.com/t5/csp/microsoft-partner-support-guidance/m-p/5263#m31",
            ],
            &[
                "office 365",
                "https://www.microsoftpartnercommunity.com/t5/csp/microsoft-partner-support-guidance/m-p/5264#m32",
            ],
        ],
        "policy csp-service-requirements",
    );
}

// ---------------------------------------------------------------------------------------
// policy: document 004's sections
// ---------------------------------------------------------------------------------------

#[test]
fn policy_m365_phone_support() {
    // "Telefonische ondersteuning"
    let points = policy("m365-phone-support", M365_FILE, &[M365_PHONE]);
    assert_items(
        &points,
        &[
            &[
                "billing",
                "english",
                "09:00",
                "17:00",
                "18:00",
                "australia",
                "monday",
                "friday",
            ],
            &["technical", "english", "24 hours", "7 days"],
            &["account details", "at hand"],
            &["pin", "verification code", "registered", "e-mail|email"],
            &["1 800 865 9408", "1 800 197 503", "0800 032 6417"],
        ],
        "policy m365-phone-support",
    );
}

#[test]
fn policy_21vianet_severity() {
    let points = policy(
        "21vianet-severity",
        M365_FILE,
        &[VIANET_CASES, VIANET_RESPONSE, VIANET_HOURS],
    );
    assert_items(
        &points,
        &[
            // "wijst 21Vianet er een urgentieniveau aan toe op basis van ... type probleem en
            // de impact op de klant"
            &["assign", "severity", "impact"],
            // footnote 1: may lower the severity
            &["lower", "severity", "respond"],
            // working hours
            &["24*7|24x7|24/7", "09:00", "24:00|00:00", "365"],
        ],
        "policy 21vianet-severity",
    );
}

#[test]
fn policy_m365_admin_only_and_service_health() {
    let points = policy("m365-admin-only", M365_FILE, &[M365_TOP]);
    assert_items(
        &points,
        &[
            &["admin", "business subscription"],
            &["not", "https://support.microsoft.com/contactus"],
            &["permission", "not an admin"],
        ],
        "policy m365-admin-only",
    );
    let points = policy("m365-service-health", M365_FILE, &[M365_TOP]);
    assert_items(
        &points,
        &[
            &["start", "status|health"],
            &[
                "https://go.microsoft.com/fwlink/p/?linkid=842900",
                "current",
                "past",
            ],
            &["not listed", "online", "phone"],
        ],
        "policy m365-service-health",
    );
}

#[test]
fn policy_21vianet_scope() {
    let points = policy("21vianet-scope", M365_FILE, &[M365_TOP]);
    assert_items(
        &points,
        &[
            // "levert de klantenservice van 21VIanet technische, pre-sales, facturerings- en
            // abonnementsondersteuning"
            &[
                "21vianet",
                "technical",
                "pre-sales",
                "billing",
                "subscription",
            ],
            // online, through the portal, by phone; paid and trial subscriptions
            &["online", "portal", "phone", "paid", "trial"],
            // authorised admins: file online requests and get phone numbers in the portal
            &["admins", "online", "phone number"],
            // "lost alleen problemen op met betrekking tot het door 21Vianet beheerde Office 365"
            &["only", "21vianet"],
            // customer networks are out of scope: ask their own network team
            &["network", "scope", "network team"],
        ],
        "policy 21vianet-scope",
    );
}

#[test]
fn policy_21vianet_self_service() {
    let points = policy("21vianet-self-service", M365_FILE, &[VIANET_SELF_SERVICE]);
    assert_items(
        &points,
        &[
            &["all users"],
            &[
                "troubleshooting",
                "video",
                "articles",
                "forums",
                "wikis",
                "https://go.microsoft.com/fwlink/p/?linkid=842838",
            ],
        ],
        "policy 21vianet-self-service",
    );
}

#[test]
fn policy_21vianet_pre_sales() {
    let points = policy("21vianet-pre-sales", M365_FILE, &[VIANET_PRE_SALES]);
    assert_items(
        &points,
        &[
            // features and benefits, comparisons, pricing, licensing
            &["features", "benefits", "compar", "pric", "licens"],
            // find a partner, sign up for a trial and buy one
            &["partner", "trial", "buy|purchase"],
            // Monday to Friday during business hours
            &["monday", "friday", "business hours"],
            // the same number as technical support
            &["same", "number", "technical"],
        ],
        "policy 21vianet-pre-sales",
    );
}

#[test]
fn policy_21vianet_billing_with_its_six_examples() {
    let points = policy("21vianet-billing", M365_FILE, &[VIANET_BILLING]);
    assert_items(
        &points,
        &[
            // "online of telefonisch ... tijdens Chinese kantooruren (lokale tijd) van maandag
            // t/m vrijdag"
            &[
                "online",
                "phone",
                "chinese business hours",
                "monday",
                "friday",
            ],
            // the same number and online process as technical support
            &["same phone number", "technical"],
        ],
        "policy 21vianet-billing",
    );
    let examples: [&[&str]; 6] = [
        // Aanmelden voor een proefabonnement of een abonnement kopen
        &["sign", "trial", "buy"],
        // Proefabonnement omzetten naar een betaald abonnement
        &["convert", "trial", "paid"],
        // Facturering
        &["billing"],
        // Abonnementen verlengen
        &["renew"],
        // Licenties toevoegen of verwijderen
        &["add", "remov", "licen"],
        // Een betaald abonnement annuleren
        &["cancel", "paid subscription"],
    ];
    assert_items(&points, &examples, "policy 21vianet-billing examples");
    // Footnote 2: for billing, B is the highest severity.
    assert_items(
        &points,
        &[&["billing", "severity b", "highest"]],
        "policy 21vianet-billing",
    );
}

#[test]
fn policy_21vianet_technical_categories_and_examples() {
    let points = policy("21vianet-technical", M365_FILE, &[VIANET_TECHNICAL]);
    let text = points.join("\n");
    // "hulp bij eenvoudige installaties, instellingen en algemeen technisch gebruik"
    assert_mentions(
        &text,
        &[
            "simple installation|basic installation",
            "settings",
            "general technical use",
        ],
        "21Vianet technical support scope",
    );
    assert_items(
        &points,
        &[
            // Installatie en instellingen: Exchange Online, SharePoint Online, Skype voor
            // Bedrijven Online, Microsoft 365-apps voor ondernemingen
            &[
                "installation and set",
                "exchange online",
                "mailbox migration",
                "mailbox permissions",
                "forwarding",
                "shared mailbox",
                "autodiscover",
            ],
            &[
                "sharepoint online",
                "permissions and user groups",
                "external user",
            ],
            &["skype for business online", "contacts"],
            &[
                "microsoft 365 apps for enterprise",
                "installation and settings",
            ],
            // Configuratie: Eenmalige aanmelding (SSO), Active Directory-synchronisatie
            &[
                "configuration",
                "single sign-on|sso",
                "active directory sync",
            ],
            // "omvat geen probleemoplossing voor services van derden of invoegtoepassingen"
            &["not", "third-party|third party", "add-ins"],
        ],
        "policy 21vianet-technical",
    );
}

#[test]
fn policy_21vianet_admin_role_and_responsibilities() {
    let points = policy(
        "21vianet-admin-role",
        M365_FILE,
        &[VIANET_SHARED, VIANET_ADMIN_ROLES],
    );
    assert_items(
        &points,
        &[
            // the customer's IT department plays a critical role
            &["it department", "critical"],
            // only admins may access the Admin section and communicate with 21Vianet
            &["only", "admin section", "communicate", "21vianet"],
            // "De beheerder is:" three items
            &["service management", "account maintenance"],
            &["primary contact", "set", "all service users"],
            &["authori", "service requests", "21vianet"],
            // "De rol van de beheerder:" four items
            &["configur", "accounts", "access"],
            &[
                "installation",
                "client connectivity",
                "client software",
                "mobility",
            ],
            &["availability", "span of control"],
            &["self-service", "support resources|support sources"],
            // initial assistance; contact support if self-service does not solve it
            &["initial assistance", "contact support"],
        ],
        "policy 21vianet-admin-role",
    );
}

#[test]
fn policy_21vianet_support_role_seven_items() {
    let points = policy("21vianet-support-role", M365_FILE, &[VIANET_SUPPORT_ROLE]);
    let items: [&[&str]; 7] = [
        // Problemen oplossen en bieden van technische begeleiding bij problemen en escalaties
        &["troubleshoot", "technical guidance", "escalation"],
        // Informatie verzamelen en valideren in verband met specifieke serviceaanvragen
        &["collect", "validat", "service request"],
        // Coördineren van problemen en beheren van oplossingen
        &["coordinat", "resolution|solution"],
        // Communicatie met de beheerders in stand houden
        &["communication", "admins"],
        // Assistentie bij vragen over de licentieverlening, facturering en abonnementen
        &["licens", "billing", "subscriptions"],
        // Assistentie bij vragen over aanschaf van abonnementen en proefabonnementen
        &["buy|purchas", "trial"],
        // Door middel van enquêtes voortdurend feedback van klanten verzamelen
        &["feedback", "survey"],
    ];
    assert_items(&points, &items, "policy 21vianet-support-role");
    // Each item its own point.
    for (i, a) in items.iter().enumerate() {
        for b in &items[i + 1..] {
            assert!(
                points.iter().any(|p| has_all(p, a) && !has_all(p, b)),
                "items {a:?} and {b:?} are separate points: {points:?}"
            );
        }
    }
}

#[test]
fn policy_21vianet_feature_availability_and_wechat() {
    let points = policy(
        "21vianet-feature-availability",
        M365_FILE,
        &[VIANET_FEATURES],
    );
    assert_items(
        &points,
        &[&["service description", "office-365-operated-by-21vianet"]],
        "policy 21vianet-feature-availability",
    );
    let points = policy("21vianet-wechat", M365_FILE, &[VIANET_WECHAT]);
    assert_items(&points, &[&["qr", "wechat"]], "policy 21vianet-wechat");
}

#[test]
fn policy_office_365_germany() {
    let points = policy("germany-support", M365_FILE, &[M365_TOP, GERMANY_ASSISTED]);
    assert_items(
        &points,
        &[
            // "klanten van Office 365 Germany met domeinen die eindigen op onmicrosoft.de"
            &["office 365 germany", "onmicrosoft.de"],
            // free access to expert agents: technical, pre-sales, accounts and billing
            &["free", "technical", "pre-sales", "accounts", "billing"],
            // also on behalf of the Office 365 users in your organisation
            &["on behalf"],
            // all options apply to Microsoft Cloud Germany
            &["microsoft cloud germany"],
            // the privacy statement
            &[
                "privacy",
                "https://go.microsoft.com/fwlink/p/?linkid=512132",
            ],
            // non-admins: community forums, admin or IT department
            &["not an admin", "community forums", "it department"],
        ],
        "policy germany-support",
    );
    let points = policy("germany-community", M365_FILE, &[GERMANY_COMMUNITY]);
    assert_items(
        &points,
        &[
            &[
                "https://go.microsoft.com/fwlink/p/?linkid=518605",
                "known problems",
                "question",
            ],
            &["trained", "support"],
        ],
        "policy germany-community",
    );
}
