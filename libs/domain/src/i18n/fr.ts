import type { MessageCode } from './en';

/**
 * Les messages de Quorum en français, langue première de l’application, par code stable (voir en.ts).
 * Un code absent ici, ou en trop, fait échouer `tsc`.
 */
export const fr: Record<MessageCode, string> = {
  // Plateforme
  internal: 'Une erreur inattendue s’est produite ; elle a été consignée',
  'database.unavailable': 'La base de données est indisponible ; réessayez dans un instant',
  'database.conflict': 'Cette demande entre en conflit avec un enregistrement existant',
  'database.reference': 'Un enregistrement cité n’existe pas ou est encore utilisé',
  'database.concurrent_change': 'Une modification simultanée est passée avant celle-ci ; réessayez',
  'database.wrong_format': 'Une valeur n’a pas le bon format',
  'database.rule': 'Une valeur enfreint une règle de l’enregistrement',
  'http.bad_request': 'La requête est mal formée',
  'http.not_found': 'Rien ne répond à cette adresse',
  'http.method_not_allowed': 'Cette adresse ne répond pas à cette méthode',
  'http.payload_too_large': 'Le corps de la requête est trop volumineux',
  'http.unsupported_media_type': 'Le type de contenu de la requête n’est pas accepté ici',
  'http.error': 'La requête a été refusée (HTTP {status})',
  'record.gone': 'Ce que désigne cette requête n’existe plus',

  // Authentification et accès
  'auth.rate_limited': 'Trop de tentatives de connexion pour ce compte ; réessayez dans {seconds} secondes',
  'auth.bad_credentials': 'L’adresse électronique ou le mot de passe est incorrect',
  'auth.account_disabled': 'Ce compte est désactivé ; adressez-vous à un administrateur',
  'auth.token_required': 'Un jeton d’accès est requis (Authorization: Bearer <jeton>)',
  'auth.token_expired': 'Le jeton d’accès est invalide ou a expiré ; reconnectez-vous',
  'auth.token_revoked': 'Le jeton d’accès a été révoqué ; reconnectez-vous',
  'auth.no_access_rule': 'Aucune règle d’accès n’est déclarée pour {route}',
  'auth.role_forbidden': 'Le rôle {role} ne peut pas appeler {route} (rôles autorisés : {allowed})',
  'auth.wrong_current_password': 'Le mot de passe actuel est incorrect',
  'read.working_agenda':
    'L’ordre du jour de travail est celui du secrétariat ; consultez les versions publiées (GET /meetings/:meetingId/agenda/versions)',
  'read.memberships':
    'Seuls les membres siégeant aujourd’hui dans cette instance en consultent les mandats ; sa composition est publique',
  'read.attendance': 'Seuls les membres siégeant aujourd’hui dans cette instance en consultent les présences',
  'read.guests': 'Seuls les membres siégeant aujourd’hui dans cette instance en consultent les invités',
  'read.agenda_requests':
    'Seuls les membres siégeant aujourd’hui dans cette instance en consultent les demandes d’inscription à l’ordre du jour',
  'read.documents':
    'Seuls les membres siégeant aujourd’hui dans cette instance et la direction en consultent les documents de séance',
  'read.recommendations':
    'Seuls les membres siégeant aujourd’hui dans cette instance et la direction générale en consultent les recommandations ; leur état est public dans les données ouvertes, comme documents OParl',
  'read.actions':
    'Seuls les membres siégeant aujourd’hui dans cette instance et la direction générale en consultent les actions',

  // Validation des requêtes : chaque message nomme son champ
  'validation.failed': 'Requête invalide : {problems}',
  'validation.required': '« {field} » est obligatoire',
  'validation.not_null': '« {field} » ne peut pas être nul',
  'validation.unknown_field': '« {field} » n’est pas un champ connu',
  'validation.invalid': '« {field} » n’est pas valide',
  'validation.is_string': '« {field} » doit être un texte',
  'validation.is_int': '« {field} » doit être un nombre entier',
  'validation.is_number': '« {field} » doit être un nombre',
  'validation.is_boolean': '« {field} » doit valoir true ou false',
  'validation.is_array': '« {field} » doit être une liste',
  'validation.is_object': '« {field} » doit être un objet',
  'validation.is_uuid': '« {field} » doit être un identifiant UUID',
  'validation.is_email': '« {field} » doit être une adresse électronique',
  'validation.is_in': '« {field} » doit valoir l’une de ces valeurs : {values}',
  'validation.is_iso_date': '« {field} » doit être une date du calendrier écrite AAAA-MM-JJ',
  'validation.is_iso8601': '« {field} » doit être une date et une heure écrites selon l’ISO 8601',
  'validation.is_url': '« {field} » doit être une adresse web commençant par https:// ou http://',
  'validation.is_time_zone': '« {field} » doit être un fuseau horaire tel que Europe/Paris',
  'validation.min': '« {field} » ne doit pas être inférieur à {limit}',
  'validation.max': '« {field} » ne doit pas être supérieur à {limit}',
  'validation.min_length': '« {field} » doit compter au moins {limit} caractères',
  'validation.max_length': '« {field} » doit compter au plus {limit} caractères',
  'validation.array_min_size': '« {field} » doit contenir au moins {limit} éléments',
  'validation.array_max_size': '« {field} » doit contenir au plus {limit} éléments',
  'validation.array_unique': '« {field} » ne doit pas contenir deux fois le même élément',
  'validation.matches': '« {field} » n’a pas la forme attendue',
  'validation.not_blank': '« {field} » ne doit pas être vide',
  'validation.media_type': '« {field} » doit être un type de média tel que application/pdf',
  'validation.sha256': '« {field} » doit compter 64 chiffres hexadécimaux en minuscules',
  'validation.sha256_any_case': '« {field} » doit être une empreinte SHA-256 : 64 chiffres hexadécimaux',
  'validation.with_offset': '« {field} » doit indiquer le décalage horaire (Z ou ±HH:MM)',
  'validation.audit_entity': '« {field} » doit être un type d’entité, suivi s’il le faut de :id',
  'validation.category_code': '« {field} » doit être le code d’un collège de l’instance',
  'validation.code_format':
    '« {field} » doit commencer par une lettre et ne compter que des minuscules, des chiffres ou _ (32 au plus)',
  'validation.time_of_day': '« {field} » doit être une heure HH:MM',
  'validation.slug': '« {field} » doit compter de 2 à 64 minuscules, chiffres ou traits d’union',
  'validation.control_characters': '« {field} » ne doit pas contenir de caractères de contrôle',
  'validation.lone_surrogate': '« {field} » ne doit pas contenir de demi-caractère UTF-16 isolé',
  'validation.forbidden_key': '« {field} » contient un nom de champ aux caractères interdits',
  'validation.too_deep': '« {field} » est imbriqué sur plus de {depth} niveaux',
  'validation.not_json_object': '« {field} » doit être un objet JSON',
  'validation.invalid_json': 'Le corps de la requête n’est pas du JSON valide',
  'validation.empty_json': 'Le corps de la requête est vide alors que son type de contenu annonce du JSON',
  'validation.no_body': 'Cette requête ne prend pas de corps',
  'validation.nothing_to_change': 'Rien à modifier : la requête ne nomme aucun champ à changer',
  'validation.nothing_to_change_of': 'Rien à modifier : indiquez {fields}',
  'validation.whole_number_range': '« {field} » doit être un nombre entier de {min} à {max}',
  'validation.positive_whole_number': '« {field} » doit être un nombre entier positif',
  'validation.year': '« {field} » doit être une année, par exemple 2027',
  'validation.true_or_false': '« {field} » doit valoir true ou false',
  'validation.not_a_real_date': '« {field} » n’est pas une date qui existe',

  // Enregistrements introuvables
  'action.not_found': 'L’action {id} n’existe pas',
  'agenda_item.not_found': 'Le point d’ordre du jour {id} n’existe pas',
  'agenda_item_of_meeting.not_found': 'Le point {id} ne figure pas à l’ordre du jour de la séance {meetingId}',
  'agenda_request.not_found': 'La demande d’inscription {id} n’existe pas',
  'dissent_request.not_found': 'La demande d’opinion divergente {id} n’existe pas',
  'notification.not_found': 'Le message {id} n’existe pas',
  'agenda_version.not_found': 'La version {id} de l’ordre du jour de la séance {meetingId} n’existe pas',
  'body.not_found': 'L’instance {id} n’existe pas',
  'calendar_feed.not_found': 'Aucun agenda partagé n’a cette adresse',
  'document.not_found': 'Le document {id} n’existe pas',
  'document_of_meeting.not_found': 'Le document {id} n’est pas un document de la séance {meetingId}',
  'document_on_item.not_found': 'Le document {id} n’est pas joint au point d’ordre du jour {itemId}',
  'guest.not_found': 'L’invité {id} n’existe pas',
  'meeting.not_found': 'La séance {id} n’existe pas',
  'membership.not_found': 'Le mandat {id} n’existe pas',
  'minutes_version.not_found': 'La version {id} du procès-verbal de la séance {meetingId} n’existe pas',
  'oparl_list.not_found': 'La liste OParl {id} n’existe pas',
  'oparl_object.not_found': 'L’objet OParl {id} n’existe pas',
  'person.not_found': 'La personne {id} n’existe pas',
  'poll.not_found': 'Le vote {id} n’existe pas',
  'proposal.not_found': 'La proposition {id} n’existe pas',
  'public_minutes.not_found': 'Le procès-verbal public {id} n’existe pas',
  'recommendation.not_found': 'La recommandation {id} n’existe pas',
  'recommendation.not_transmitted': 'Cette recommandation n’a pas encore été transmise à la direction générale',
  'user.not_found': 'L’utilisateur {id} n’existe pas',

  // Termes insérés dans les messages
  'meeting_status.planned': 'planifiée',
  'meeting_status.convened': 'convoquée',
  'meeting_status.in_progress': 'en cours',
  'meeting_status.closed': 'close',
  'meeting_status.cancelled': 'annulée',
  'meeting_action.convene': 'convocation',
  'meeting_action.open': 'ouverture',
  'meeting_action.close': 'clôture',
  'meeting_action.cancel': 'annulation',
  'meeting_action.edit': 'modification ou déplacement',
  'meeting_action.editAgenda': 'modification de l’ordre du jour',
  'meeting_action.requestAgendaItem': 'demande d’inscription à l’ordre du jour',
  'meeting_action.recordAttendance': 'relevé des présences',
  'meeting_action.declareOwnAttendance': 'déclaration de sa propre présence',
  'meeting_action.recordGuests': 'enregistrement des invités',
  'proposal_status.draft': 'à l’état de brouillon',
  'proposal_status.submitted': 'soumise',
  'proposal_status.adopted': 'adoptée',
  'proposal_status.rejected': 'rejetée',
  'proposal_status.withdrawn': 'retirée',
  'proposal_action.submit': 'soumettre',
  'proposal_action.withdraw': 'retirer',
  'proposal_action.adopt': 'adopter',
  'proposal_action.reject': 'rejeter',
  'proposal_action.change': 'modifier',
  'membership_role.chair': 'la présidence',
  'membership_role.vice_chair': 'la vice-présidence',
  'membership_role.member': 'le siège de membre',
  'size_unit.bytes': 'octets',
  'size_unit.kibibytes': 'Kio',
  'size_unit.mebibytes': 'Mio',

  // Instances et mandats
  'body.invalid_settings': 'Paramètres de l’instance invalides : {problems}',
  'body.category_code_repeated': '« {field} » reprend le code {code}',
  'body.quorum_numerator_too_big': '« {field} » ne doit pas dépasser quorum.denominator',
  'body.quorum_minimum_unknown_category': '« {field} » ne désigne aucun collège de l’instance',
  'body.quorum_minimum_range': '« {field} » doit être un nombre entier de 0 à {seats}',
  'body.categories_too_small': 'Les collèges ne pourraient pas accueillir les mandats de l’instance : {problems}',
  'body.category_still_used': '« {field} » doit garder {category} : {held} de ses mandats courent le {date} ou après',
  'body.category_seats_too_few':
    '« {field} » doit valoir au moins {count} : autant de mandats {category} sont en cours le {date}',
  'body.slug_taken': 'Une instance porte déjà cet identifiant (slug)',
  'membership.invalid': 'Mandat invalide : {problems}',
  'membership.refused': 'Mandat refusé : {problems}',
  'membership.unknown_category': 'le collège {category} n’existe pas dans cette instance ({known})',
  'membership.end_before_start': '« {field} » ne doit pas précéder la date de début, le {startDate}',
  'membership.term_too_long': '« {field} » doit tomber le {latest} au plus tard : un mandat dure {years} ans',
  'membership.category_full': 'le collège {category} est complet : ses {seats} sièges sont tous pourvus le {date}',
  'membership.overlapping': 'cette personne détient déjà un mandat dans cette instance du {from} au {to}',
  'membership.overlapping_open': 'cette personne détient déjà un mandat dans cette instance depuis le {from}, sans fin',
  'membership.office_held': '{role} est déjà exercée du {from} au {to} par un autre mandat',
  'membership.office_held_open': '{role} est déjà exercée depuis le {from}, sans fin, par un autre mandat',
  'membership.too_many_terms':
    'ce serait le mandat consécutif no {count} de cette personne ; l’instance permet {renewals|renouvellement|renouvellements}, donc {max|mandat|mandats} de suite au plus',
  'membership.person_unknown': 'Aucune personne n’a l’identifiant {id}',
  'membership.role_unknown':
    'Un mandat s’exerce comme président (chair), vice-président (vice_chair) ou membre (member)',
  'membership.period_reversed': 'Un mandat finit le jour de son début ou après',
  'membership.person_overlap': 'Cette personne détient déjà un mandat dans cette instance sur cette période',
  'membership.office_overlap': 'Un autre membre exerce déjà cette fonction sur cette période',
  'person.email_taken': 'Une personne a déjà cette adresse électronique',
  'user.email_taken': 'Un utilisateur a déjà cette adresse électronique',
  'user.person_unknown': 'Aucune personne n’a cet identifiant',
  'user.language_unknown': 'Quorum parle français (fr) et anglais (en)',
  'user.calendar_feed_collision': 'Ce secret d’agenda partagé est déjà pris ; réessayez',
  'user.secretariat_members_only': 'Le secrétariat ne peut créer que des comptes de membres',
  'user.cannot_disable_self': 'Un administrateur ne peut pas désactiver son propre compte',
  'notification.already_recorded': 'Cette notification est déjà enregistrée pour ce destinataire',
  'notification.no_email': 'Ce compte ne reçoit pas de courriel : il n’est lié à aucune personne',
  'notification.not_failed':
    'Seul un message refusé par le serveur de messagerie peut être renvoyé ; celui-ci est déjà envoyé ou en cours d’envoi',

  // Séances
  'meeting.invalid_transition':
    'Action impossible ({action}) : la séance est {status} ; il faudrait qu’elle soit {allowed}',
  'meeting.ordinary_taken': 'Ce trimestre a déjà sa séance ordinaire ; faites de celle-ci une séance extraordinaire',
  'meeting.already_reconvened': 'Cette séance a déjà été reconvoquée',
  'meeting.already_reconvened_as': 'Cette séance a déjà été reconvoquée : c’est la séance {id}',
  'meeting.reconvene_not_closed': 'Seule une séance close peut être reconvoquée ; celle-ci est {status}',
  'meeting.reconvene_quorum_met': 'Cette séance avait atteint le quorum ; il n’y a rien à reconvoquer',
  'meeting.reconvene_not_after': 'Une séance reconvoquée se tient après celle où le quorum manquait',
  'meeting.no_quorum_note':
    'Reconvoquée sur le même ordre du jour après une séance sans quorum : cette séance délibère sans condition de quorum (décret 2006-672).',
  'meeting.backfill_not_past':
    'Seule une séance dont le jour est passé se saisit après coup ; celle-ci a lieu le {day}',
  'meeting.day_passed':
    'Le jour de la séance ({day}) est passé : saisissez-la après coup (backfill: true, avec un motif backfillReason) ; nous sommes le {today}',
  'meeting.backfill_reason_required': 'Une saisie après coup demande un motif (backfillReason)',
  'meeting.opens_on_its_day':
    'Une séance ne s’ouvre que le jour même, à partir de {margin} minutes avant son début ({day}) : à partir de {opensAt} ; il est {now}',
  'schedule.no_free_day': 'Aucun jour sans fête légale n’a été trouvé autour du {date} au trimestre {quarter}',
  'convening.reason_required': 'Une convocation urgente doit en donner le motif',
  'convening.reason_only_if_urgent': 'Un motif ne se donne que pour une convocation urgente (urgent: true)',
  'convening.meeting_past': 'La séance a déjà eu lieu ; elle ne peut plus être convoquée',
  'convening.notice_too_short':
    'La séance a lieu dans {given|jour|jours}, mais l’instance exige un préavis de {days|jour|jours} ; déplacez la séance ou convoquez-la en urgence en donnant le motif',
  'convening.agenda_unpublished': 'Pour convoquer, il faut un ordre du jour publié ; publiez d’abord l’ordre du jour',

  // Présences et invités
  'attendance.not_sitting': 'Le mandat {id} ne siège pas à la date de la séance',
  'attendance.holds_proxies':
    'Ce membre détient la procuration de {held} ; ces procurations doivent d’abord passer à un autre membre (pas de procuration en chaîne)',
  'attendance.proxy_needs_excused': 'Seul un membre excusé donne procuration',
  'attendance.proxy_to_self': 'Un membre ne peut pas détenir sa propre procuration',
  'attendance.proxy_holder_not_sitting': 'Le mandataire {id} ne siège pas à la date de la séance',
  'attendance.proxy_holder_absent':
    'Le mandataire est {status} et ne peut voter pour personne (pas de procuration en chaîne)',
  'attendance.proxy_limit':
    'Le mandataire détient déjà {held|procuration|procurations} ; l’instance en permet {max} par membre',
  'attendance.own_only': 'Un membre ne peut déclarer que sa propre présence',
  'attendance.excused_only': 'Un membre peut se déclarer excusé ; la présence est relevée par le secrétariat',
  'attendance.changed_concurrently': 'Cette présence a été enregistrée au même moment par ailleurs ; réessayez',
  'attendance.proxy_holder_unknown': 'Le mandataire ne correspond à aucun mandat',
  'guest.items_not_on_agenda':
    'Un invité n’assiste qu’à des points de cette séance ; absents de son ordre du jour : {items}',

  // Ordre du jour
  'agenda.empty': 'Un ordre du jour doit compter au moins un point pour être publié',
  'agenda.unchanged': 'Rien n’a changé depuis la version {version} ; il n’y a rien à publier',
  'agenda.change_note_required':
    'La version {version} modifie un ordre du jour publié : dites ce qui a changé (changeNote)',
  'agenda.reorder_mismatch': 'itemIds doit citer chaque point de cet ordre du jour une fois exactement ; {problems}',
  'agenda.reorder_unknown': 'cite des points absents de cet ordre du jour : {ids}',
  'agenda.reorder_missing': 'omet {ids}',
  'agenda.changed_concurrently': 'L’ordre du jour a été modifié au même moment par ailleurs ; réessayez',
  'agenda.version_published_concurrently':
    'Cette version de l’ordre du jour a été publiée au même moment par ailleurs ; réessayez',
  'agenda_request.not_sitting':
    'Seul un membre siégeant à la date de la séance peut demander l’inscription d’un point à l’ordre du jour',
  'agenda_request.already_decided':
    'Cette demande a déjà été traitée ({status}) ; seule une demande en attente peut l’être',

  // Documents de séance
  'document.multipart_required': 'Envoyez le document en multipart/form-data, le fichier dans le champ « file »',
  'document.multipart_unreadable': 'Le corps multipart/form-data n’a pas pu être lu : il est tronqué ou mal formé',
  'document.too_many_parts': 'Envoyez un seul fichier, dans le champ « file », et au plus les champs {fields}',
  'document.file_required': 'La requête ne contient aucun fichier : envoyez-le dans le champ « file »',
  'document.file_in_wrong_field': 'Le fichier va dans le champ « file », pas dans « {field} »',
  'document.unknown_field':
    '« {field} » n’est pas un champ de l’envoi d’un document : envoyez le fichier dans « file » et, s’il le faut, {fields}',
  'document.field_too_long': '« {field} » doit compter au plus {limit} octets',
  'document.too_large': 'Un document ne peut pas dépasser {size} {unit} ; ce fichier est plus volumineux',
  'document.file_too_large': '« {field} » dépasse {size} {unit}, la taille maximale d’un document',
  'document.type_unsupported':
    'Quorum ne conserve que des documents {types} ; ce fichier n’en est pas un (son type est lu dans son contenu, non dans son nom)',
  'document.file_type_unsupported': '« {field} » n’est pas un fichier {types} (d’après son contenu)',
  'document.sha256_mismatch': 'Le fichier reçu n’a pas l’empreinte SHA-256 envoyée : il a été altéré en chemin',
  'document.sha256_expected': '« {field} » vaut {expected}, mais le fichier reçu a pour empreinte SHA-256 {actual}',
  'document.listed_by_published_agenda':
    'Le document {id} figure dans {count|version publiée|versions publiées} de l’ordre du jour ({versions}) ; retirez-le du point et publiez plutôt une nouvelle version',
  'document.references_unknown':
    '« {field} » désigne des documents qui n’ont pas été déposés pour cette séance : {ids}',
  'document.content_missing':
    'Le contenu du document {id} manque dans le stockage ; le secrétariat doit le déposer à nouveau',
  'document.content_altered':
    'Le contenu conservé du document {id} ne correspond plus à son empreinte SHA-256 et n’est pas servi ; le secrétariat doit le déposer à nouveau',

  // Propositions
  'proposal.invalid_transition':
    'Impossible de {action} cette proposition, qui est {status} : il faudrait qu’elle soit {allowed}',
  'proposal.frozen': 'Une proposition {status} ne peut plus changer',
  'proposal.authors_only': 'Seuls les auteurs d’une proposition (ou le secrétariat) peuvent la {action}',
  'proposal.submitted_staff_only': 'Une proposition soumise ne change plus que par le secrétariat (par amendement)',
  'proposal.amendment_of_amendment':
    'Un amendement ne peut pas lui-même être amendé ; amendez la proposition à laquelle il se rattache',
  'proposal.not_amendable': 'Une proposition {status} ne peut plus être amendée',
  'proposal.amendments_pending': 'Les amendements se votent d’abord : {pending} attendent encore un vote',
  'proposal.not_submitted_for_vote': 'Seule une proposition soumise est mise aux voix ; celle-ci est {status}',
  'proposal.drafters_only':
    'Seul un membre siégeant dans cette instance (ou le secrétariat) peut en rédiger les propositions',
  'proposal.authors_not_sitting': 'Ces mandats ne siègent pas dans cette instance : {ids}',
  'proposal.unknown': 'Aucune proposition n’a cet identifiant',
  'proposal.status_unknown': 'Une proposition est draft, submitted, adopted, rejected ou withdrawn',
  'proposal.changed_concurrently': 'La proposition a été modifiée au même moment par ailleurs ; réessayez',

  // Votes, bulletins, déports
  'poll.invalid_transition':
    'Action impossible sur ce vote ({action}) : il est {status} ; il faudrait qu’il soit {allowed}',
  'poll.not_open': 'Le vote est {status} : les bulletins ne sont reçus que pendant qu’il est ouvert',
  'poll.item_not_decision': 'Seul un point de décision est mis aux voix ; ce point est de type {kind}',
  'poll.meeting_not_open': 'La séance est {status} : pas de nouveau vote',
  'poll.proposal_other_body': 'La proposition appartient à une autre instance',
  'poll.meeting_not_in_session':
    'Le vote ne peut pas s’ouvrir : la séance est {status} ; un vote ne s’ouvre que pendant la séance',
  'poll.no_quorum':
    'Le vote ne peut pas s’ouvrir : quorum non atteint ; {present|présent|présents} ou à distance et {represented|représenté|représentés}, {required} requis',
  'poll.no_quorum_by_category':
    'Le vote ne peut pas s’ouvrir : quorum non atteint ; {present|présent|présents} ou à distance et {represented|représenté|représentés}, {required} requis ; minimum non atteint dans {categories}',
  'poll.counts_show_of_hands_only':
    'Les décomptes ne se saisissent que pour un vote à main levée ; ce vote est de type {method}',
  'poll.counts_required': 'Un vote à main levée se clôt avec les décomptes',
  'poll.method_unknown':
    'Un vote se tient à main levée (show_of_hands), par appel nominal (roll_call) ou à bulletin secret (secret)',
  'poll.status_unknown': 'Un vote est draft, open ou closed',
  'poll.result_mismatch': 'Un vote a un résultat une fois clos, et seulement alors',
  'poll.closed_immutable': 'Le vote est clos : ses bulletins et son résultat ne changent plus',
  'tally.count_not_whole': '« {field} » doit être un nombre entier, 0 ou plus',
  'tally.too_many': '{cast} voix décomptées, mais seuls {eligible} membres peuvent voter',
  'ballot.show_of_hands':
    'Un vote à main levée n’a pas de bulletins individuels : le secrétariat saisit les décomptes à la clôture',
  'ballot.recused': 'Le membre {id} s’est déporté sur ce point et ne prend pas part au vote',
  'ballot.not_attending': 'Le membre {id} n’est ni présent, ni à distance, ni représenté : il ne peut pas voter',
  'ballot.secret_own_device': 'Un bulletin secret se vote par le membre lui-même, depuis son propre appareil',
  'ballot.roll_call_needs_member':
    'Le secrétariat saisit une réponse à l’appel nominal pour un membre désigné (onBehalfOfMembershipId)',
  'ballot.no_mandate': 'Vous ne détenez aucun mandat siégeant à cette séance',
  'ballot.represented': 'Vous êtes excusé : le détenteur de votre procuration vote pour vous',
  'ballot.not_proxy_holder': 'Seul le détenteur de la procuration du membre {id} peut voter pour lui',
  'ballot.already_voted': 'Ce membre a déjà voté à ce scrutin ; un bulletin ne change jamais',
  'ballot.choice_unknown': 'Un choix vaut yes, no ou abstain',
  'recusal.meeting_settled': 'La séance est {status} : ses déports sont arrêtés',
  'recusal.not_sitting': 'Ce mandat ne siège pas à la date de la séance',
  'recusal.self_only': 'Un membre ne peut déporter que lui-même',
  'recusal.already_voted': 'Ce membre a déjà voté au scrutin ouvert sur ce point',
  'recusal.already_recused': 'Ce membre s’est déjà déporté sur ce point',

  // Procès-verbaux
  'minutes.meeting_not_held': 'Un procès-verbal s’écrit pour une séance qui s’est ouverte ; celle-ci est {status}',
  'minutes.frozen': 'La version {version} de ce procès-verbal est approuvée : le procès-verbal est figé',
  'minutes.draft_invalid': 'Le projet de procès-verbal cite ce que la séance n’a pas : {problems}',
  'minutes.item_not_on_agenda': '« {field} » n’est pas un point de l’ordre du jour de cette séance',
  'minutes.item_twice': '« {field} » apparaît deux fois',
  'minutes.dissent_not_sitting': '« {field} » ne désigne pas un membre siégeant à la séance',
  'minutes.not_rendered': 'Seule une version produite peut être approuvée ; celle-ci est {status}',
  'minutes.approval_other_body': 'Un procès-verbal est approuvé par une séance de la même instance',
  'minutes.approval_not_later': 'Un procès-verbal est approuvé lors d’une séance ultérieure',
  'minutes.approval_not_sitting': 'Un procès-verbal est approuvé pendant que la séance ultérieure siège',
  'minutes.no_chair': 'L’instance n’a pas de président pour signer le procès-verbal',
  'minutes.version_unreadable': 'La version {version} de ce procès-verbal n’est pas lisible par ce compte',
  'minutes.pdf_not_ready': 'La version {version} est {status} : son PDF n’est pas prêt',
  'minutes.already_approved': 'La version {version} de ce procès-verbal est déjà approuvée',
  'minutes.requested_concurrently':
    'Une version de ce procès-verbal a été demandée au même moment par ailleurs ; réessayez',
  'minutes.other_version_approved': 'Une autre version de ce procès-verbal est déjà approuvée',
  'dissent_request.not_sitting':
    'Seul un membre siégeant à la séance demande que son opinion divergente soit consignée',
  'dissent_request.not_attended':
    'Seul un membre présent à la séance (sur place ou à distance) demande que son opinion divergente soit consignée',
  'dissent_request.already_decided':
    'Cette demande a déjà été traitée ({status}) ; seule une demande en attente peut l’être',
  'dissent_request.status_unknown': 'Une demande d’opinion divergente est en attente, acceptée ou refusée',

  // Recommandations et actions
  'recommendation.invalid_transition':
    'Une recommandation {status} ne peut pas passer à {wanted} (états possibles : {allowed})',
  'recommendation.final': 'Une recommandation {status} ne peut pas passer à {wanted} (son état est définitif)',
  'recommendation.direction_only': 'Seule la direction générale (rôle direction) répond à une recommandation',
  'recommendation.proposal_not_adopted':
    'Seule une proposition adoptée devient une recommandation ; celle-ci est {status}',
  'recommendation.status_unknown': '« {field} » n’est pas un état de recommandation',
  'recommendation.proposal_taken': 'Cette proposition a déjà sa recommandation',
  'action.invalid_transition': 'Une action {status} ne peut pas passer à {wanted}',
  'action.status_unknown': 'Ce n’est pas un état d’action',
  'outbox.job_queued': 'Cette tâche est déjà dans la file d’envoi',
};
