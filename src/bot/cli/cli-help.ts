import type { Locale } from '../../domain/council.ts';

const da = `Rådsbot — kommandolinje for sekretariatet

  npm run cli -- roster import FIL [--council ID] [--name NAVN]   indlæs medlemslisten (YAML eller CSV)
  npm run cli -- roster show [--council ID]                       vis medlemslisten
  npm run cli -- council list                                     vis rådene
  npm run cli -- workspace bind slack|teams ID [--council ID]     knyt et Slack-arbejdsområde/Teams-lejer til rådet
  npm run cli -- hearing list [--council ID]                      vis åbne høringer
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"
        [--mode vote|silence|comments] [--agenda-item 0.1.1] [--quorum 0.5]
        [--majority simple|absolute|two_thirds] [--secret] [--results-after-close]
        [--reason-with-against] [--close-when-all-answered] [--draft] [--proposal-file FIL]
  npm run cli -- hearing publish HØRING --as ID                   send en kladde (--draft) i høring
  npm run cli -- hearing show HØRING [--as ID]                    resultat, pladser og log
  npm run cli -- hearing vote HØRING for|imod|undlader --as ID [--reason TEKST]
  npm run cli -- hearing withdraw HØRING --as ID                  træk dit svar tilbage
  npm run cli -- hearing deadline HØRING --deadline "…" --as ID   flyt fristen
  npm run cli -- hearing close HØRING --as ID                     luk før fristen
  npm run cli -- hearing cancel HØRING --as ID                    træk høringen tilbage
  npm run cli -- hearing afbud HØRING --as ID                     meld afbud til én høring
  npm run cli -- hearing afbud --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --as ID
  npm run cli -- hearing inhabil HØRING --as ID                   erklær dig inhabil

--deadline forstår (rådets lokale tid; uden klokkeslæt bliver det kl. 12.00):
  "ÅÅÅÅ-MM-DD 12:00" eller "ÅÅÅÅ-MM-DDT12:00"     en dato
  "+7d 12:00", "+2u 12:00"                        om 7 dage / 2 uger
  "fredag 12:00" eller "friday 12:00"             næste fredag (aldrig i dag)
  "i morgen 12:00", "i dag 16:00"                 i morgen / i dag

Tider er rådets lokale tid. --council kan udelades, når der kun er ét råd.
Afslutningskoder: 0 udført, 1 afvist, 2 forkert input, 3 databasen kan ikke nås.`;

const en = `Rådsbot — the secretariat's command line

  npm run cli -- roster import FILE [--council ID] [--name NAME]  import the roster (YAML or CSV)
  npm run cli -- roster show [--council ID]                       show the roster
  npm run cli -- council list                                     list the councils
  npm run cli -- workspace bind slack|teams ID [--council ID]     bind a Slack workspace / Teams tenant to the council
  npm run cli -- hearing list [--council ID]                      list open hearings
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"
        [--mode vote|silence|comments] [--agenda-item 0.1.1] [--quorum 0.5]
        [--majority simple|absolute|two_thirds] [--secret] [--results-after-close]
        [--reason-with-against] [--close-when-all-answered] [--draft] [--proposal-file FILE]
  npm run cli -- hearing publish HEARING --as ID                  open a draft (made with --draft)
  npm run cli -- hearing show HEARING [--as ID]                   result, seats and audit trail
  npm run cli -- hearing vote HEARING for|against|abstain --as ID [--reason TEXT]
  npm run cli -- hearing withdraw HEARING --as ID                 withdraw your answer
  npm run cli -- hearing deadline HEARING --deadline "…" --as ID  move the deadline
  npm run cli -- hearing close HEARING --as ID                    close before the deadline
  npm run cli -- hearing cancel HEARING --as ID                   withdraw the hearing
  npm run cli -- hearing afbud HEARING --as ID                    send apologies for one hearing
  npm run cli -- hearing afbud --from YYYY-MM-DD --to YYYY-MM-DD --as ID
  npm run cli -- hearing inhabil HEARING --as ID                  declare a conflict of interest

--deadline takes (the council's local time; without a time of day it is 12:00):
  "YYYY-MM-DD 12:00" or "YYYY-MM-DDT12:00"        a date
  "+7d 12:00", "+2w 12:00"                        in 7 days / 2 weeks
  "friday 12:00" or "fredag 12:00"                next Friday (never today)
  "tomorrow 12:00", "today 16:00"                 tomorrow / today

Times are the council's local time. --council may be left out when there is one council.
Exit codes: 0 done, 1 refused, 2 bad input, 3 database unreachable.`;

export const cliHelp = (locale: Locale): string => (locale === 'da' ? da : en);
