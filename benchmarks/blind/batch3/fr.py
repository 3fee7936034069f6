"""Batch 3, French. Written by helper `blind3` (session B) on 2026-12-03 without reading the rules."""

from blind.engine import T

_FOOTER = """{F:shop} SAS au capital de 1 250 000 € · RCS Lyon 812 440 379 · SIRET 812 440 379 00028
TVA intracommunautaire FR 47 812440379 · Siège social : {F:street}, {D:postcode} {F:city}
Service client : {D:phone} (appel non surtaxé)"""

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Votre mot de passe a été modifié",
      """Bonjour {F:name},

Le mot de passe de votre espace client a été modifié le {D:date} à {D:time}.
Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.
Dans le cas contraire, réinitialisez-le immédiatement depuis la page de connexion et contactez-nous.

""" + _FOOTER),
    T("html", "decoy", "Alerte : tentatives d'hameçonnage",
      """<p>Chère cliente, cher client,</p>
<p>Des escrocs se font actuellement passer pour notre service fraude. Nous ne vous demanderons
<strong>jamais</strong> votre code confidentiel, vos identifiants de connexion ou un code reçu par SMS,
ni par téléphone, ni par courriel.</p>
<p>En cas de doute, raccrochez et rappelez votre conseiller au {D:phone}.</p>"""),
    T("br", "decoy", "Votre nouvelle carte bancaire",
      """Bonjour {F:name},
Votre nouvelle carte se terminant par {D:masked} a été expédiée le {D:date}.
Votre code confidentiel reste inchangé : vous pourrez utiliser le même qu'auparavant.
S'il s'agit d'une première carte, le code vous parviendra par courrier séparé, quelques jours plus tard.
Une question ? {D:phone}"""),
    T("table", "decoy", "Expiration de votre mot de passe",
      """Votre mot de passe de messagerie professionnelle arrive bientôt à expiration.

Compte | {F:name}
Dernière modification | {D:date}
Expire le | {D:date2}
Pour le changer | Portail libre-service, rubrique Sécurité

Support informatique, poste 3150"""),
    T("blocks", "decoy", "Réinitialisation de votre mot de passe",
      """Vous avez demandé à réinitialiser votre mot de passe.

Demande effectuée le | {D:date} à {D:time}
Validité du lien | 1 heure

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne sera pas modifié."""),
    T("text", "decoy", "Évolution de l'authentification à partir du {D:date}",
      """Madame, Monsieur,

Conformément à la réglementation européenne, à partir du {D:date}, la validation de vos paiements en
ligne se fera uniquement dans l'application mobile. L'envoi de codes par SMS sera supprimé.
Vos identifiants et votre code d'accès restent les mêmes.

Référence client : {D:custno}"""),
    T("html", "decoy", "Votre carte SIM est bloquée",
      """<p>Bonjour {F:name},</p>
<p>Suite à trois saisies erronées du code PIN, la carte SIM de votre ligne {D:phone} est bloquée.
Pour la débloquer, munissez-vous de votre code PUK : il figure sur le support plastique de votre carte
SIM, ou dans votre espace client, rubrique « Ma ligne ».</p>
<p>Attention : au bout de dix erreurs de code PUK, la carte SIM devient inutilisable.</p>"""),
    T("text", "decoy", "Quelques conseils de sécurité",
      """Bonjour {F:name},

Ne notez jamais votre code confidentiel à côté de votre carte et ne le communiquez à personne,
pas même à un proche. Si vous l'avez oublié, vous pouvez le consulter dans l'application, rubrique
Cartes, après vous être identifié.

Numéro de contrat {D:ref}"""),
    T("br", "decoy", "Demande de réédition de code",
      """Bonjour {F:name},
Nous avons bien enregistré votre demande du {D:date}.
Votre code confidentiel vous sera envoyé par courrier à votre adresse postale sous 7 jours ouvrés.
Pour votre sécurité, nous n'envoyons jamais de code par courriel.
Référence de la demande : {D:ref}"""),
    T("table", "decoy", "Nouvelle connexion à votre compte",
      """Nous avons détecté une connexion depuis un nouvel appareil.

Appareil | Safari sur iPhone
Lieu | {F:city}, France
Date | {D:date}, {D:time}

Ce n'était pas vous ? Modifiez votre mot de passe sans attendre."""),
    T("text", "decoy", "RE: Identifiants perdus",
      """Bonjour {F:name},

Merci pour votre message. Pour des raisons de sécurité, nos conseillers n'ont pas accès à votre mot
de passe et ne peuvent pas vous l'envoyer. Cliquez sur « Mot de passe oublié ? » sur la page de
connexion pour en créer un nouveau.

Cordialement,
Le service client, dossier {D:caseno}

Le {D:date} à {D:time}, {F:name} a écrit :
> Bonjour, je n'arrive plus à me connecter. Pouvez-vous me renvoyer mon mot de passe ?
> Mon numéro client est {D:custno}."""),
    T("html", "decoy", "Votre box est en route",
      """<p>Bonjour {F:name},</p>
<p>Votre box a été expédiée (suivi {D:tracking}). La clé Wi-Fi est imprimée sur l'étiquette située
sous la box ; nous ne la communiquons pas par courriel.</p>
<p>Commande {D:order}</p>"""),
    T("blocks", "decoy", "Vos paramètres de sécurité",
      """Récapitulatif de votre sécurité :

Double authentification | activée depuis le {D:date}
Dernier changement de mot de passe | {D:date2}
Question secrète | renseignée

Vous pouvez modifier ces paramètres à tout moment dans « Mon profil »."""),
    T("text", "decoy", "Votre numéro de sécurité sociale",
      """Bonjour {F:name},

Votre numéro de sécurité sociale figure sur votre carte Vitale et sur votre attestation de droits,
téléchargeable dans votre compte en ligne. Nous ne le communiquons jamais par courriel.

Dossier {D:caseno}"""),
    # --- no secret at all
    T("text", "none", "Votre commande {D:order} a été expédiée",
      """Bonjour {F:name},

Bonne nouvelle, votre colis est en route.

Numéro de suivi : {D:tracking}
Adresse de livraison : {F:street}, {D:postcode} {F:city}
Montant total : {D:price}

""" + _FOOTER),
    T("table", "none", "Votre facture {D:invoice}",
      """Merci de votre confiance.

Facture n° | {D:invoice}
Date d'émission | {D:date}
Échéance | {D:date2}
Montant TTC | {D:price}
IBAN | {D:iban}
Référence à indiquer | {D:custno}"""),
    T("html", "none", "Confirmation de rendez-vous",
      """<p>Bonjour {F:name},</p>
<p>Votre rendez-vous au centre d'examens est confirmé le <b>{D:date} à {D:time}</b>, salle {D:roomno}.</p>
<p>Merci de vous munir d'une pièce d'identité. Numéro de dossier : {D:caseno}</p>"""),
    T("br", "none", "Votre billet de train",
      """Confirmation de réservation
Référence de dossier : {D:pnr}
Aller le {D:date}, départ {D:time}
Voiture 14, place 82
Prix : {D:price}"""),
    T("blocks", "none", "Votre facture d'électricité",
      """Votre facture est disponible.

Référence client | {D:custno}
Date de facture | {D:date}
Montant | {D:price}
Prélèvement le | {D:date2}"""),
    T("text", "none", "Remboursement de votre retour",
      """Bonjour {F:name},

Nous avons bien reçu le retour de votre commande {D:order}. Le remboursement de {D:price} a été
effectué sur la carte se terminant par {D:masked}.

Étiquette retour {D:tracking}"""),
    T("table", "none", "Avis d'échéance assurance habitation",
      """Contrat n° | {D:ref}
Cotisation annuelle | {D:price}
Échéance | {D:date}
Prélevée sur | {D:iban}
Assistance 24h/24 | {D:phone}"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Confirmez votre adresse e-mail",
      """Bonjour {F:name},

Saisissez {S:otp} dans l'application pour confirmer votre adresse.
Ce code expire dans 15 minutes."""),
    T("html", "hard", "Finalisez votre connexion",
      """<p>Bonjour,</p>
<p>Pour terminer votre connexion, recopiez ceci :</p>
<p style="font-size:26px;letter-spacing:5px"><b>{S:otpg}</b></p>
<p>Ne le communiquez à personne, même à notre service client.</p>"""),
    T("br", "hard", "Votre nouveau mot de passe",
      """Bonjour {F:name},
Nous avons réinitialisé votre mot de passe pour l'espace parents de l'ENT.
C'est désormais {S:pwword}
Pensez à le changer lors de votre première connexion.
Secrétariat du collège, {D:phone}"""),
    T("table", "hard", "Bienvenue parmi nous",
      """Bonjour {F:name}, voici les informations pour votre premier jour.

Date d'arrivée | {D:date}
Matricule | {D:custno}
Mot de passe provisoire | {S:pw}
Badge parking | {S:pin}

Votre badge vous attend à l'accueil."""),
    T("blocks", "hard", "Votre arrivée au gîte",
      """Bonjour {F:name}, nous avons hâte de vous accueillir.

Adresse | {F:street}, {D:postcode} {F:city}
Boîte à clés à gauche de la porte | {S:pin}
Arrivée | à partir de 16 h le {D:date}

Réservation {D:pnr}"""),
    T("text", "hard", "{S:otp} est votre code de vérification",
      """Bonjour,

Une connexion depuis un nouveau navigateur a été demandée. Si ce n'est pas vous, changez votre mot
de passe."""),
    T("text", "hard", "Votre colis vous attend en consigne",
      """Bonjour {F:name},

Votre colis {D:tracking} est disponible dans la consigne automatique du centre commercial de {F:city}.
Sur l'écran, choisissez « Retirer un colis » puis tapez {S:pin6}.
Il y restera jusqu'au {D:date}."""),
    T("html", "hard", "Votre espace locataire",
      """<p>Madame, Monsieur,</p>
<p>Votre accès à l'espace locataire est créé. Votre identifiant est votre numéro de bail, {D:custno} ;
votre mot de passe temporaire figure en bas de ce message.</p>
<p>Il vous sera demandé d'en choisir un nouveau lors de la première connexion.</p>
<p>Votre bailleur &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Votre clé de licence",
      """Merci pour votre achat.
Commande : {D:order}
Dans le logiciel, ouvrez Aide > Activer et collez :
{S:akey}
Valable sur deux postes."""),
    T("table", "hard", "Votre abonnement à la salle",
      """Bienvenue chez Forme+ {F:city} !

N° d'adhérent | {D:custno}
Mensualité | {D:price}
Premier prélèvement | {D:date}
Tourniquet | {S:pin6}"""),
    T("text", "hard", "Votre code d'accès téléphonique",
      """Madame, Monsieur,

Pour accéder à votre compte par téléphone, un nouveau code vous a été attribué. Vous le trouverez
ci-dessous ; mémorisez-le puis supprimez ce message.


{S:pin6}"""),
    T("blocks", "hard", "Votre nouvelle carte SIM",
      """Votre carte SIM est activée sur le {D:phone}.

Code PIN | {S:pin}
Code PUK | {S:puk}"""),
    T("html", "hard", "Votre question secrète",
      """<p>Bonjour {F:name},</p>
<p>Vous avez modifié votre question secrète (« Quel était le nom de votre premier animal ? »).
Réponse enregistrée : <b>{S:answer}</b></p>
<p>Ce n'était pas vous ? Appelez le {D:phone}.</p>"""),
    T("text", "hard", "RE: Accès local vélos",
      """Bonjour {F:name},

Le digicode du local vélos est {S:pin}, valable à partir de lundi.
Merci de ne pas le diffuser.

Le gardien

-----Message d'origine-----
De : {F:name}
Envoyé : {D:date} {D:time}
Objet : Accès local vélos
Bonjour, j'habite au lot {D:roomno}, comment accède-t-on au local vélos ?"""),
    T("br", "hard", "Le Wi-Fi de l'hôtel",
      """Bienvenue à l'Hôtel du Port, {F:name}.
Chambre : {D:roomno}
Réseau : HotelDuPort-Invites
Clé à saisir telle quelle : {S:pwword}
Petit-déjeuner de 7 h à 10 h 30."""),
    T("table", "hard", "Vérifiez votre numéro",
      """Numéro | {D:phone}
Code | {S:otpg}
Valable | 10 minutes"""),
    T("text", "hard", "Activation de votre carte",
      """Bonjour {F:name},

Votre carte se terminant par {D:masked} est arrivée. Pour l'activer, appelez le {D:phone} et
composez, après le message d'accueil, le numéro suivant : {S:otp}

Vous pourrez ensuite l'utiliser immédiatement."""),
    T("html", "hard", "Vos identifiants",
      """<table cellpadding="6">
<tr><td>Identifiant</td><td>{D:custno}</td></tr>
<tr><td>Mot de passe initial</td></tr>
<tr><td>{S:pw}</td></tr>
</table>"""),
    T("text", "hard decoy", "Vos nouveaux codes d'accès",
      """Madame, Monsieur,

Ne communiquez jamais votre code à un tiers, même s'il se présente comme un conseiller.

Votre nouveau code d'accès est {S:pin6} ; il remplace celui que vous aviez choisi le {D:date}.
Identifiant {D:custno}"""),
    T("blocks", "hard", "Votre bon d'achat et votre carte cadeau",
      """Merci pour votre commande {D:order}.

Code promo à saisir au panier | NOEL15
Numéro de la carte cadeau | {S:card}
Code de sécurité | {S:pin}"""),
    T("text", "hard", "Deux informations pour votre première connexion",
      """Bonjour {F:name},

Identifiant : {D:custno}
À la première connexion, tapez comme mot de passe : {S:pw}

Par ailleurs, le code de votre coffre-fort numérique (bulletins de paie) est {S:pin}.

""" + _FOOTER),
    T("br", "hard", "Votre numéro de sécurité sociale",
      """Bonjour {F:name},
Suite à votre demande d'immatriculation, voici votre numéro :
{S:nid}
Conservez ce courrier précieusement."""),
    T("text", "hard", "Votre accès / Uw toegang",
      """Bonjour {F:name},

Votre accès au portail est prêt. Mot de passe à usage unique : {S:pw}

Beste {F:name},

Uw toegang tot het portaal is klaar. Het eenmalige wachtwoord staat hierboven.

Numéro client / klantnummer : {D:custno}"""),
    T("html", "hard", "Votre box de stockage",
      """<p>Bonjour {F:name},</p>
<p>Le box n° {D:roomno} vous est réservé à partir du {D:date}.</p>
<p>Au portail, composez : <b>{S:pin6}</b></p>"""),
    # --- plain
    T("text", "easy", "Votre code PIN",
      """Bonjour {F:name},

Votre code PIN : {S:pin}

Votre banque"""),
    T("table", "easy", "Votre code à usage unique",
      """Code à usage unique | {S:otp}
Valable | 5 minutes"""),
    T("html", "easy", "Mot de passe réinitialisé",
      """<p>Votre mot de passe a été réinitialisé.</p><p>Nouveau mot de passe : <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Votre carte virtuelle",
      """Votre carte virtuelle est prête.
Numéro de carte : {S:card}
Expire fin 07/29"""),
]
