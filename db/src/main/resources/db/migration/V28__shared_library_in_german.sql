-- The shared exercise library and templates in the portal's second language, as V26 did for the clinical terms:
-- English stays in the shared rows themselves, a language's wording sits beside them, and a row without one
-- still shows (in English). Only the shared library has a wording: a clinic writes its own exercises in its own
-- words. Platform data, written only by migrations.
create table exercise_wording (
    exercise_id  bigint        not null references exercise (id),
    language     varchar(10)   not null check (language in ('GERMAN')),
    name         varchar(120)  not null,
    target       varchar(80)   not null,
    instructions varchar(4000) not null,
    cautions     varchar(4000),
    primary key (exercise_id, language)
);

create table exercise_source_wording (
    exercise_id bigint       not null,
    source_code varchar(20)  not null,
    language    varchar(10)  not null check (language in ('GERMAN')),
    says        varchar(500) not null,
    primary key (exercise_id, source_code, language),
    foreign key (exercise_id, source_code) references exercise_source (exercise_id, source_code)
);

create table program_template_wording (
    template_id bigint        not null references program_template (id),
    language    varchar(10)   not null check (language in ('GERMAN')),
    name        varchar(120)  not null,
    description varchar(2000),
    primary key (template_id, language)
);

-- A shared template's notes for the patient, by the item's position.
create table template_item_wording (
    template_id bigint       not null,
    language    varchar(10)  not null,
    position    integer      not null,
    note        varchar(500) not null,
    primary key (template_id, language, position),
    foreign key (template_id, language) references program_template_wording (template_id, language)
);

grant select on exercise_wording, exercise_source_wording, program_template_wording, template_item_wording
    to ${appRole};
alter table template_item_wording
    add foreign key (template_id, position) references template_item (template_id, position);

insert into exercise_wording (exercise_id, language, name, target, instructions, cautions) values
-- Aufwärmen
(1, 'GERMAN', 'Zügiges Gehen oder lockeres Traben', 'ganzer Körper',
 'Gehen Sie vor jedem Lauf 5 bis 10 Minuten zügig oder traben Sie ganz locker.
Sie sollten dabei die ganze Zeit in ganzen Sätzen sprechen können.
Machen Sie direkt danach mit den dynamischen Dehnübungen weiter (Beinschwingen, Hüftkreisen, Ausfallschritte im Gehen).',
 'Das ist der Beginn der Einheit, kein Teil der Laufstrecke.'),
(2, 'GERMAN', 'Ausfallschritte im Gehen', 'Gesäß, Oberschenkelvorderseite, Hüftbeuger',
 'Machen Sie einen Ausfallschritt nach vorn und senken Sie das hintere Knie Richtung Boden.
Drücken Sie sich vom vorderen Fuß ab und führen Sie das hintere Bein nach vorn in den nächsten Ausfallschritt.
Machen Sie 10 kontrollierte Schritte; der Oberkörper bleibt aufrecht, das vordere Knie über der Fußmitte.',
 'Machen Sie die Schritte kürzer, wenn es vorn in der Hüfte zwickt.'),

-- Kraft
(10, 'GERMAN', 'Beinheben in Seitenlage', 'Hüftabduktoren (seitliche Gesäßmuskeln)',
 'Legen Sie sich auf die schmerzfreie Seite, das untere Knie zur Stabilität gebeugt, die Hüften übereinander.
Halten Sie das obere Bein gestreckt und führen Sie es leicht hinter die Körperlinie, die Zehen zeigen nach vorn.
Heben Sie das Bein, die Ferse führt, bis knapp über Hüfthöhe.
Senken Sie es langsam über zwei bis drei Sekunden ab. Beginnen Sie mit weniger Wiederholungen und steigern Sie auf 8 bis 10 pro Seite.',
 'Lassen Sie die obere Hüfte nicht nach hinten kippen und das Bein nicht nach vorn wandern: Dann arbeiten die Hüftbeuger statt der seitlichen Gesäßmuskeln.
Ein stechender Schmerz am Knochenvorsprung der äußeren Hüfte heißt: aufhören und es Ihrer Therapeutin oder Ihrem Therapeuten sagen.'),
(11, 'GERMAN', 'Einbeinige Gesäßbrücke', 'Gesäß',
 'Legen Sie sich auf den Rücken, ein Knie gebeugt mit dem Fuß flach am Boden, das andere Bein gestreckt oder zur Brust gezogen.
Drücken Sie über die Ferse des gebeugten Beins und heben Sie das Becken, bis es mit dem Knie eine Linie bildet.
Halten Sie das Becken waagerecht, verharren Sie eine Sekunde und senken Sie langsam ab.
Steigern Sie auf 8 bis 10 pro Seite.',
 'Gehen Sie erst dazu über, wenn die beidbeinige Brücke leichtfällt. Hören Sie auf, wenn Sie es vor allem im Rücken spüren oder die Oberschenkelrückseite krampft.'),
(12, 'GERMAN', 'Gesäßbrücke', 'Gesäß',
 'Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.
Spannen Sie das Gesäß an und heben Sie das Becken, bis Knie, Hüften und Schultern eine Linie bilden.
Halten Sie einen Atemzug lang und senken Sie dann langsam ab.',
 'Heben Sie mit dem Gesäß, nicht indem Sie ins Hohlkreuz gehen.'),
(13, 'GERMAN', 'Muschel (Clamshell)', 'tiefe Hüftrotatoren und seitliche Gesäßmuskeln',
 'Legen Sie sich auf die Seite, Hüften und Knie gebeugt, die Fersen zusammen, die Hüften übereinander.
Die Füße bleiben zusammen: Öffnen Sie das obere Knie wie eine Muschel, ohne das Becken nach hinten zu drehen.
Schließen Sie langsam. Legen Sie ein Band knapp oberhalb der Knie an, sobald es leichtfällt.',
 'Klein und kontrolliert ist besser als groß: Kippt das Becken, ist der Bewegungsumfang zu groß.'),
(14, 'GERMAN', 'Seitstütz', 'seitliche Rumpfmuskulatur und Hüftabduktoren',
 'Legen Sie sich auf die Seite, der Unterarm unter der Schulter, die Knie gebeugt (leichte Variante) oder die Beine gestreckt.
Heben Sie das Becken, bis der Körper eine gerade Linie bildet, und halten Sie.
Halten Sie kurz und in sauberer Haltung; ablegen, ausruhen, wiederholen.',
 'Hören Sie auf, wenn die Schulter schmerzt oder das Becken durchhängt.'),
(15, 'GERMAN', 'Monster Walk (Seitwärtsgehen mit Band)', 'Hüftabduktoren (seitliche Gesäßmuskeln)',
 'Legen Sie ein Widerstandsband um die Knöchel und beugen Sie die Knie leicht.
Gehen Sie seitwärts, halten Sie dabei das Band gespannt, die Zehen zeigen nach vorn.
Machen Sie 15 Schritte in die eine Richtung, dann 15 zurück.',
 'Lassen Sie die Knie nicht nach innen fallen und den Oberkörper nicht hin und her schaukeln.'),
(16, 'GERMAN', 'Einbeiniges rumänisches Kreuzheben', 'Gesäß, Oberschenkelrückseite und Gleichgewicht',
 'Stehen Sie auf einem Bein, das Knie leicht gebeugt.
Kippen Sie aus der Hüfte nach vorn, die Hände Richtung Boden, während das freie Bein nach hinten geht; der Rücken bleibt lang.
Richten Sie sich auf, indem Sie das Gesäß des Standbeins anspannen. 10 pro Seite.',
 'Halten Sie sich anfangs zum Gleichgewicht an einer Wand oder einem Stuhl fest. Das Becken bleibt parallel zum Boden.'),
(17, 'GERMAN', 'Hüft-Flieger (Hip Airplane)', 'Hüftrotatoren und Gleichgewicht',
 'Stehen Sie auf einem Bein und kippen Sie nach vorn, bis der Oberkörper fast waagerecht ist.
Drehen Sie das Becken zur Seite des freien Beins auf und zurück in die Ausgangsstellung; die Drehung kommt aus der Hüfte des Standbeins.
8 langsame Drehungen pro Seite.',
 'Halten Sie sich fest, bis Sie sicher stehen.'),
(18, 'GERMAN', 'Kniebeuge', 'Oberschenkelvorderseite und Gesäß',
 'Stellen Sie die Füße schulterbreit auf.
Setzen Sie sich nach hinten unten wie auf einen Stuhl, die Knie zeigen über die Zehen, die Brust bleibt aufgerichtet.
Stehen Sie auf, indem Sie über den ganzen Fuß drücken.',
 'Nur so tief, wie es schmerzfrei geht.'),
(19, 'GERMAN', 'Kreuzheben', 'Gesäß, Oberschenkelrückseite und Rückenstrecker',
 'Stellen Sie sich mit einem Gewicht vor sich hin, die Füße hüftbreit.
Beugen Sie sich mit langem Rücken und leicht gebeugten Knien aus der Hüfte nach vorn und greifen Sie das Gewicht.
Richten Sie sich auf, indem Sie die Hüfte nach vorn schieben, und senken Sie das Gewicht mit derselben Hüftbewegung wieder ab.
Zweimal pro Woche genügt.',
 'Beginnen Sie leicht und lernen Sie die Hüftbeugung, bevor Sie Gewicht hinzunehmen.'),
(20, 'GERMAN', 'Ausfallschritt', 'Oberschenkelvorderseite und Gesäß',
 'Machen Sie einen Schritt nach vorn und senken Sie das hintere Knie Richtung Boden.
Der Oberkörper bleibt aufrecht, das vordere Knie über der Fußmitte.
Drücken Sie sich zurück in den Stand.',
 null),
(21, 'GERMAN', 'Seitlicher Ausfallschritt', 'Adduktoren und Gesäß',
 'Machen Sie einen weiten Schritt zur Seite und setzen Sie sich in diese Hüfte, das andere Bein bleibt gestreckt.
Beide Füße bleiben flach am Boden, die Brust aufgerichtet.
Drücken Sie sich zurück zur Mitte.',
 'Bleiben Sie im kleinen Bewegungsumfang, wenn es in der Leiste zieht.'),
(22, 'GERMAN', 'Bulgarische Kniebeuge (hinterer Fuß erhöht)', 'Oberschenkelvorderseite und Gesäß',
 'Stellen Sie sich eine Schrittlänge vor eine Bank und legen Sie den hinteren Fuß darauf ab.
Senken Sie sich senkrecht ab, bis der vordere Oberschenkel fast waagerecht ist.
Drücken Sie sich über die vordere Ferse hoch.',
 'Halten Sie sich zum Gleichgewicht fest; hören Sie auf, wenn es vorn an der hinteren Hüfte zwickt.'),
(23, 'GERMAN', 'Aufsteigen auf eine Stufe', 'Oberschenkelvorderseite und Gesäß',
 'Stellen Sie einen Fuß auf eine Stufe oder Kiste.
Drücken Sie über diesen Fuß, bis Sie auf der Stufe stehen, ohne sich mit dem unteren Bein abzustoßen.
Steigen Sie langsam wieder ab.',
 'Lassen Sie das Knie nicht nach innen fallen.'),
(24, 'GERMAN', 'Seitliches Aufsteigen auf eine Stufe', 'seitliche Gesäßmuskeln und Oberschenkelvorderseite',
 'Stellen Sie sich seitlich neben eine Stufe, den näheren Fuß darauf.
Steigen Sie seitlich hinauf, das Becken bleibt waagerecht, und senken Sie sich langsam ab.',
 'Das Becken darf auf der freien Seite nicht absinken.'),
(25, 'GERMAN', 'Hüftstoß mit Langhantel (Hip Thrust)', 'Gesäß',
 'Setzen Sie sich mit dem oberen Rücken an eine Bank, eine gepolsterte Stange liegt über den Hüften.
Schieben Sie die Hüfte hoch, bis der Körper von den Schultern bis zu den Knien eine waagerechte Linie bildet.
Senken Sie kontrolliert ab.',
 'Lernen Sie die Übung zuerst mit dem eigenen Körpergewicht.'),
(26, 'GERMAN', 'Knieheben gegen Band (Hip March)', 'Hüftbeuger und Rumpf',
 'Legen Sie sich mit einem Band um die Füße und gebeugten Knien auf den Rücken oder stehen Sie aufrecht.
Ziehen Sie ein Knie gegen das Band Richtung Brust, während der andere Fuß unten bleibt.
Senken Sie langsam ab und wechseln Sie die Seite.',
 'Der untere Rücken bleibt ruhig.'),
(27, 'GERMAN', 'Kettlebell-Schwung (Swing)', 'Gesäß und Oberschenkelrückseite',
 'Halten Sie eine Kettlebell mit beiden Händen, die Füße etwas breiter als die Hüften.
Beugen Sie sich aus der Hüfte nach hinten und schieben Sie dann die Hüfte kräftig nach vorn, sodass die Kugel bis auf Brusthöhe schwingt.
Lassen Sie sie zurück in die Hüftbeugung fallen und wiederholen Sie.',
 'Eine Bewegung aus der Hüfte, kein Heben mit den Armen und keine Kniebeuge. Lernen Sie sie mit einem Trainer oder Ihrer Therapeutin bzw. Ihrem Therapeuten.'),
(28, 'GERMAN', 'Beinpresse', 'Oberschenkelvorderseite und Gesäß',
 'Setzen Sie sich in das Gerät, die Füße hüftbreit auf der Platte.
Lassen Sie die Platte kommen, bis die Knie etwa rechtwinklig gebeugt sind, und drücken Sie sie zurück.',
 'Strecken Sie die Knie oben nicht ganz durch; der untere Rücken bleibt am Polster.'),
(29, 'GERMAN', 'Beinbeugen auf dem Gymnastikball', 'Oberschenkelrückseite und Gesäß',
 'Legen Sie sich auf den Rücken, die Fersen auf einem Gymnastikball.
Heben Sie das Becken und rollen Sie den Ball durch Beugen der Knie zu sich heran.
Rollen Sie ihn wieder weg; das Becken bleibt oben.',
 'Legen Sie das Becken ab und ruhen Sie sich aus, wenn die Oberschenkelrückseite krampft.'),
(30, 'GERMAN', 'Ball zwischen den Knien drücken', 'Hüftadduktoren',
 'Legen Sie sich auf den Rücken, die Knie gebeugt, einen weichen Ball zwischen den Knien.
Drücken Sie den Ball zusammen und halten Sie etwa fünf Sekunden, dann lösen.',
 'Drücken Sie anfangs sanft, wenn die Leiste empfindlich ist.'),
(31, 'GERMAN', 'Eisschnellläufer (Speed Skater)', 'seitliche Gesäßmuskeln und Gleichgewicht',
 'Springen Sie seitlich von einem Fuß auf den anderen und landen Sie weich mit gebeugtem Knie.
Führen Sie das freie Bein hinter dem Landebein vorbei, dann springen Sie zurück.',
 'Erst wenn Hüpfen schmerzfrei geht; beginnen Sie mit kleinen Schritten statt Sprüngen.'),

-- Mobilität
(40, 'GERMAN', 'Hüftbeugerdehnung im Halbkniestand', 'Hüftbeuger',
 'Knien Sie auf einem Knie auf einem Kissen, der andere Fuß steht flach vor Ihnen.
Richten Sie das Becken auf (Steißbein nach unten) und spannen Sie das Gesäß der knienden Seite an.
Schieben Sie sich sanft nach vorn, bis Sie eine Dehnung vorn an der Hüfte spüren; halten Sie.
Machen Sie die Übung täglich, an Tagen mit langem Sitzen öfter.',
 'Das Becken bleibt aufgerichtet: Wer sich mit Hohlkreuz nach vorn lehnt, dehnt nichts.
Dehnen Sie einen entzündeten Hüftbeuger nie kräftig: ein sanfter Zug, kein Schmerz.'),
(41, 'GERMAN', 'Taube (Pigeon Pose)', 'Gesäß und Hüftrotatoren',
 'Bringen Sie aus dem Vierfüßlerstand ein Knie hinter die gleichseitige Hand nach vorn, das Schienbein quer vor dem Körper.
Schieben Sie das andere Bein nach hinten und senken Sie das Becken Richtung Boden.
Atmen Sie ruhig und halten Sie.',
 'Legen Sie ein Kissen unter die Hüfte, wenn sie den Boden nicht erreicht; gehen Sie zurück, wenn es vorn in der Hüfte zwickt.'),
(42, 'GERMAN', 'Dehnung in Vierer-Position', 'Gesäß und Piriformis',
 'Legen Sie sich mit gebeugten Knien auf den Rücken.
Legen Sie einen Knöchel über das andere Knie.
Ziehen Sie den unteren Oberschenkel zur Brust, bis Sie die Dehnung im Gesäß spüren; halten Sie.',
 null),
(43, 'GERMAN', 'Schmetterlingsdehnung', 'Hüftadduktoren',
 'Sitzen Sie aufrecht, die Fußsohlen aneinander, die Knie fallen zur Seite.
Lassen Sie die Knie Richtung Boden sinken; drücken Sie sie mit den Ellbogen leicht nach unten, wenn es angenehm ist.',
 null),
(44, 'GERMAN', 'Froschdehnung', 'Hüftadduktoren',
 'Öffnen Sie im Vierfüßlerstand die Knie so weit, wie es angenehm ist, die Knöchel auf einer Linie mit den Knien.
Schieben Sie das Becken langsam zurück Richtung Fersen und halten Sie.',
 'Gehen Sie nur so weit auseinander, wie es angenehm ist; hören Sie auf, wenn die Leiste schmerzt.'),
(45, 'GERMAN', 'Hüftkreisen', 'Beweglichkeit des Hüftgelenks',
 'Stehen Sie aufrecht und halten Sie sich fest.
Heben Sie ein Knie und beschreiben Sie damit langsam große Kreise, zehn in die eine Richtung, zehn in die andere.',
 null),
(46, 'GERMAN', 'Beinschwingen nach vorn und zur Seite', 'Hüftbeuger, Oberschenkelrückseite und Adduktoren',
 'Halten Sie sich an einer Wand fest und schwingen Sie ein Bein 15-mal vor und zurück.
Drehen Sie sich zur Wand und schwingen Sie es 15-mal vor dem Körper hin und zur Seite hinaus.
Lassen Sie den Schwung allmählich größer werden; Beinwechsel.',
 'Ein kontrollierter Schwung, kein Tritt.'),
(47, 'GERMAN', 'Frankenstein-Gang', 'Oberschenkelrückseite und Hüftbeuger',
 'Gehen Sie vorwärts und schwingen Sie dabei ein gestrecktes Bein zur gegenüberliegenden, ausgestreckten Hand.
Wechseln Sie die Beine, 10-mal je Bein.',
 'Nur so hoch, wie das Bein mit gestrecktem Knie kommt.'),
(48, 'GERMAN', 'Hydrant (Bein seitlich heben im Vierfüßlerstand)', 'seitliche Gesäßmuskeln und Hüftrotatoren',
 'Halten Sie im Vierfüßlerstand das Knie gebeugt und heben Sie ein Bein seitlich an.
Senken Sie es langsam ab, ohne das Gewicht des Oberkörpers zu verlagern.',
 null),
(49, 'GERMAN', 'Esels-Kick im Vierfüßlerstand', 'Gesäß',
 'Halten Sie im Vierfüßlerstand das Knie gebeugt und drücken Sie einen Fuß Richtung Decke.
Stoppen Sie, wenn der Oberschenkel auf Höhe des Rückens ist; senken Sie langsam ab.',
 'Der Rücken bleibt gerade: Die Bewegung kommt aus der Hüfte.'),
(50, 'GERMAN', 'Heben des gestreckten Beins', 'Hüftbeuger und Oberschenkelvorderseite',
 'Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt.
Spannen Sie den Oberschenkel des gestreckten Beins an und heben Sie es auf die Höhe des anderen Knies.
Senken Sie langsam ab.',
 null),
(51, 'GERMAN', 'Abendliche Hüftmobilisation', 'Hüften, ganzer Bewegungsumfang',
 'Zehn ruhige Minuten vor dem Schlafengehen: Hüftkreisen, Dehnung in Vierer-Position, Hüftbeugerdehnung im Halbkniestand und eine sanfte Taube.
Atmen Sie langsam und halten Sie jede Dehnung im angenehmen Bereich.
Das hilft gegen die Steifigkeit am nächsten Morgen.',
 'Keine kräftigen Dehnungen eines entzündeten Hüftbeugers oder Tractus iliotibialis.'),

-- Laufstil-Training (Hinweise, geübt bei lockeren Läufen)
(60, 'GERMAN', 'Fuß unter dem Körper aufsetzen', 'Laufstil: Fußaufsatz',
 'Suchen Sie sich bei einem lockeren Lauf ein flaches Stück und achten Sie nur darauf, wo der Fuß aufsetzt.
Ziel ist, dass er unter der Hüfte landet und nicht weit vor Ihnen.
Üben Sie in Abschnitten von wenigen Minuten, dann laufen Sie normal weiter.',
 'Ändern Sie langsam: Ein neuer Fußaufsatz belastet Waden und Füße anders.'),
(61, 'GERMAN', 'Kürzere, schnellere Schritte (Schrittfrequenz)', 'Laufstil: Schrittlänge und Schrittfrequenz',
 'Verkürzen Sie die Schritte etwas und machen Sie bei gleichem Tempo schnellere Schritte.
Eine Metronom-App oder Musik in der Zielfrequenz (Schritte pro Minute) hilft.
Ihre Therapeutin oder Ihr Therapeut misst Ihre Schrittfrequenz bei jedem Termin und hebt das Ziel in kleinen Schritten an.',
 'Jeweils wenige Prozent; erzwingen Sie keine große Änderung auf einmal.'),
(62, 'GERMAN', 'Aufrecht laufen mit leichter Vorlage', 'Laufstil: Haltung',
 'Laufen Sie aufrecht, als zöge Sie ein Faden nach oben, mit einer leichten Vorlage aus den Sprunggelenken.
Der Blick geht nach vorn, nicht auf die Füße.',
 'Die Vorlage kommt aus den Sprunggelenken, nicht aus einem Knick in der Hüfte.'),
(63, 'GERMAN', 'Rumpf beim Laufen anspannen', 'Laufstil: Rumpfkontrolle',
 'Halten Sie den Bauch leicht gespannt, wie wenn Sie sich auf einen sanften Stoß gefasst machen.
Das Becken bleibt waagerecht und ruhig; halten Sie nicht die Luft an.',
 null),
(64, 'GERMAN', 'Weich landen, nicht hart auf die Ferse', 'Laufstil: Aufprall',
 'Hören Sie auf Ihre Füße: Laufen Sie so leise, wie Sie können.
Vermeiden Sie es, mit weit nach vorn gestrecktem Bein hart auf der Ferse aufzuschlagen.',
 null),

-- Regeneration
(70, 'GERMAN', 'Statisches Dehnen nach dem Laufen', 'Hüften, Oberschenkelrückseite, Oberschenkelvorderseite, Waden',
 'Dehnen Sie nach jedem Lauf Hüften, Oberschenkelrückseite, Oberschenkelvorderseite und Waden.
Halten Sie jede Dehnung 20 bis 30 Sekunden, ohne zu wippen.',
 'Keine kräftigen Dehnungen eines entzündeten Hüftbeugers oder Tractus iliotibialis.'),
(71, 'GERMAN', 'Faszienrolle: Gesäß, Tractus iliotibialis, Oberschenkelvorderseite', 'Gesäß, Tractus iliotibialis, Oberschenkelvorderseite',
 'Rollen Sie langsam über das Gesäß, die Außenseite und die Vorderseite des Oberschenkels.
Bleiben Sie an einer empfindlichen Stelle 20 bis 30 Sekunden und atmen Sie.
Am besten innerhalb einer halben Stunde nach einem Lauf.',
 'Rollen Sie nie direkt über den Knochenvorsprung der Hüfte. Kein kräftiges Rollen eines entzündeten Tractus iliotibialis.'),
(72, 'GERMAN', 'Die schmerzende Hüfte kühlen', 'schmerzende Hüfte (erste 48 Stunden)',
 'Legen Sie in den ersten 48 Stunden nach einer Schmerzverstärkung ein Kühlpack, in ein dünnes Tuch gewickelt, auf die schmerzende Stelle.
Lassen Sie es 15 bis 20 Minuten liegen.',
 'Kühlen Sie nie direkt auf der Haut.'),
(73, 'GERMAN', 'Feuchte Wärme nach den ersten 48 Stunden', 'verspannte Hüftmuskeln',
 'Legen Sie nach den ersten 48 Stunden feuchte Wärme (ein warmes, feuchtes Handtuch oder ein Wärmekissen) 15 bis 20 Minuten auf verspannte Muskeln.',
 'Nie Wärme auf eine geschwollene Hüfte.'),
(74, 'GERMAN', 'Kissen zwischen den Knien', 'Lage der Hüfte im Schlaf',
 'Wenn Sie auf der Seite schlafen, legen Sie ein Kissen zwischen die Knie, damit die obere Hüfte nicht absinkt.',
 null),
(75, 'GERMAN', 'Nach dem Lauf auftanken', 'Ernährung',
 'Essen Sie innerhalb von 45 Minuten nach einem Lauf etwas mit Eiweiß und Kohlenhydraten.
Achten Sie über die Woche darauf, dass Ihre Ernährung genug Kalzium, Vitamin D und Eiweiß für Knochen und Muskeln liefert.',
 null),
(76, 'GERMAN', 'Radfahren statt Laufen', 'Fitness trotz Beschwerden',
 'Solange die Hüfte Beschwerden macht, erhalten Sie Ihre Fitness mit Radfahren bei leichter bis mittlerer Anstrengung.',
 'Hören Sie auf, wenn es den Hüftschmerz auslöst.'),
(77, 'GERMAN', 'Schwimmen statt Laufen', 'Fitness trotz Beschwerden',
 'Solange die Hüfte Beschwerden macht, schwimmen Sie bei leichter bis mittlerer Anstrengung, um ohne Stoßbelastung fit zu bleiben.',
 'Vermeiden Sie den Brustschwimm-Beinschlag, wenn er der Hüfte wehtut.');

insert into exercise_source_wording (exercise_id, source_code, language, says) values
(1, 'seed:001', 'GERMAN', 'Vor dem Laufen 5 bis 10 Minuten zügig gehen oder locker traben, dann dynamisch dehnen: Kaltes, verspanntes Gewebe zerrt und reißt leichter.'),
(1, 'seed:003', 'GERMAN', 'Jeden Lauf mit 5 bis 10 Minuten dynamischem Aufwärmen beginnen.'),
(2, 'seed:004', 'GERMAN', 'Teil des Aufwärmens vor dem Laufen: nach dem Beinschwingen 10 Ausfallschritte im Gehen.'),
(10, 'seed:002', 'GERMAN', 'In Seitenlage das obere Bein gestreckt und leicht nach hinten, kontrolliert mit der Ferse voran heben: 8 bis 10 pro Seite, um die seitlichen Gesäßmuskeln aufzubauen.'),
(11, 'seed:001', 'GERMAN', 'Nennt sie unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(11, 'seed:002', 'GERMAN', 'Die Brücke auf einem Fuß zwingt den seitlichen Gesäßmuskel, das Becken gerade zu halten; auf 8 bis 10 pro Seite steigern.'),
(12, 'seed:000', 'GERMAN', 'Die Gesäßbrücke kräftigt die Hüftabduktoren und Außenrotatoren.'),
(12, 'seed:004', 'GERMAN', 'Eine Aktivierungsübung vor dem Laufen: 2 Sätze zu 15, um die Hüftstabilisatoren zu wecken.'),
(13, 'seed:000', 'GERMAN', 'Die Muschel kräftigt die Hüftabduktoren und Außenrotatoren.'),
(13, 'seed:001', 'GERMAN', 'Nennt sie unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(13, 'seed:004', 'GERMAN', 'Eine Aktivierungsübung vor dem Laufen: 2 Sätze zu 12 pro Seite.'),
(14, 'seed:002', 'GERMAN', 'Schon kurzes Halten trainiert die Hüftaußenseite darin, das Becken waagerecht zu halten.'),
(15, 'seed:001', 'GERMAN', 'Seitwärtsgehen mit Widerstandsband gehört zu seinen Kraftübungen für die Hüfte.'),
(15, 'seed:004', 'GERMAN', 'Band um die Knöchel, Knie leicht gebeugt, je 15 Schritte seitwärts in jede Richtung; eine von drei Übungen gegen ein schwaches Gesäß.'),
(16, 'seed:001', 'GERMAN', 'Nennt es unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(16, 'seed:004', 'GERMAN', 'Auf einem Bein balancieren und mit dem anderen Bein gestreckt nach hinten nach vorn kippen: 10 pro Seite, um Ungleichgewichte auszugleichen.'),
(17, 'seed:004', 'GERMAN', 'Auf einem Bein stehen, den Oberkörper nach vorn neigen und den Körper wie einen Propeller drehen: 8 Drehungen pro Seite.'),
(18, 'seed:001', 'GERMAN', 'Nennt sie unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(18, 'seed:004', 'GERMAN', 'Zitiert einen Läufer, dessen Hüftschmerz verschwand, als er zweimal pro Woche Kniebeugen und Kreuzheben machte.'),
(19, 'seed:001', 'GERMAN', 'Nennt es unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(19, 'seed:004', 'GERMAN', 'Zitiert einen Läufer, dessen Hüftschmerz verschwand, als er zweimal pro Woche Kniebeugen und Kreuzheben machte.'),
(20, 'seed:001', 'GERMAN', 'Nennt ihn unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(21, 'seed:001', 'GERMAN', 'Nennt ihn unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(22, 'seed:001', 'GERMAN', 'Nennt sie unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(23, 'seed:001', 'GERMAN', 'Nennt es unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(24, 'seed:001', 'GERMAN', 'Nennt es unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(25, 'seed:001', 'GERMAN', 'Nennt ihn unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(26, 'seed:001', 'GERMAN', 'Nennt es unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(27, 'seed:001', 'GERMAN', 'Nennt ihn unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(28, 'seed:001', 'GERMAN', 'Nennt sie unter den Kraftübungen eines ausgewogenen Programms für Rumpf und Hüfte, weil schwache oder unausgewogene Hüftmuskeln das Verletzungsrisiko von Läufern erhöhen.'),
(29, 'seed:001', 'GERMAN', 'Beinbeugen auf dem Gymnastikball gehört zu seinen Kraftübungen für die Hüfte.'),
(30, 'seed:001', 'GERMAN', 'Das Zusammendrücken eines Balls zwischen den Knien trainiert die Adduktoren, die zum Krafttraining eines Läufers gehören sollten.'),
(31, 'seed:001', 'GERMAN', 'Eisschnellläufer-Sprünge auf einem seitlichen Gleitbrett gehören zu seinen Kraftübungen für die Hüfte.'),
(40, 'seed:002', 'GERMAN', 'Im Halbkniestand mit aufgerichtetem Becken nach vorn schieben, bis die Vorderseite der hinteren Hüfte dehnt; täglich, um stundenlanges Sitzen auszugleichen.'),
(40, 'seed:003', 'GERMAN', 'Hüftbeugerdehnungen halten die Hüfte beweglich und helfen, sobald der akute Schmerz nachlässt, ihren Bewegungsumfang zurückzugewinnen.'),
(41, 'seed:003', 'GERMAN', 'Genannt unter den Mobilitätsübungen für die Hüfte, die Hüftschmerzen vorbeugen helfen.'),
(42, 'seed:003', 'GERMAN', 'Genannt unter den Mobilitätsübungen für die Hüfte und unter den sanften Dehnungen, sobald der akute Schmerz nachlässt.'),
(43, 'seed:001', 'GERMAN', 'Nennt sie unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(44, 'seed:001', 'GERMAN', 'Nennt sie unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(45, 'seed:001', 'GERMAN', 'Nennt es unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(46, 'seed:001', 'GERMAN', 'Beinschwingen gehört zu seinen Mobilitätsübungen für Läufer.'),
(46, 'seed:004', 'GERMAN', 'Teil des Aufwärmens vor dem Laufen: 15 Schwünge nach vorn und 15 zur Seite.'),
(47, 'seed:001', 'GERMAN', 'Nennt ihn unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(48, 'seed:001', 'GERMAN', 'Nennt ihn unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(49, 'seed:001', 'GERMAN', 'Nennt ihn unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(50, 'seed:001', 'GERMAN', 'Nennt es unter den Mobilitätsübungen für Läufer, weil verspannte Hüftmuskeln das Verletzungsrisiko erhöhen.'),
(51, 'seed:004', 'GERMAN', 'Zehn Minuten Hüftmobilisation vor dem Schlafengehen; der Autor verdankt ihr das Ende seiner Morgensteifigkeit.'),
(60, 'seed:000', 'GERMAN', 'Rät, den Fuß unter dem Körper aufzusetzen, aufrecht zu laufen und den Rumpf anzuspannen; zu lange Schritte bremsen jeden Schritt und belasten die Hüfte.'),
(60, 'seed:002', 'GERMAN', 'Ein kürzerer, schnellerer Schritt, der den Fuß unter dem Körper aufsetzt statt weit vorn, entlastet Hüfte und Knie.'),
(60, 'seed:003', 'GERMAN', 'Empfiehlt kleine Änderungen des Laufstils: eine etwas höhere Schrittfrequenz, keine zu langen Schritte, eine leichte Vorlage, aufrecht mit dem Blick nach vorn.'),
(60, 'seed:004', 'GERMAN', 'Rät, eine auf Läufer spezialisierte Physiotherapie nach Laufstil-Training zu fragen: Kleine Änderungen des Laufstils können die Hüfte entlasten.'),
(61, 'seed:000', 'GERMAN', 'Zu lange Schritte, bei denen der Fuß weit vor dem Körper landet, bremsen jeden Schritt und belasten die Hüfte.'),
(61, 'seed:002', 'GERMAN', 'Den Schritt etwas verkürzen und die Schrittfrequenz erhöhen, sodass der Fuß unter dem Körper landet: Diese eine Änderung entlastet Hüfte und Knie.'),
(61, 'seed:003', 'GERMAN', 'Empfiehlt kleine Änderungen des Laufstils: eine etwas höhere Schrittfrequenz, keine zu langen Schritte, eine leichte Vorlage, aufrecht mit dem Blick nach vorn.'),
(61, 'seed:004', 'GERMAN', 'Rät, eine auf Läufer spezialisierte Physiotherapie nach Laufstil-Training zu fragen: Kleine Änderungen des Laufstils können die Hüfte entlasten.'),
(62, 'seed:003', 'GERMAN', 'Empfiehlt kleine Änderungen des Laufstils: eine etwas höhere Schrittfrequenz, keine zu langen Schritte, eine leichte Vorlage, aufrecht mit dem Blick nach vorn.'),
(62, 'seed:004', 'GERMAN', 'Rät, eine auf Läufer spezialisierte Physiotherapie nach Laufstil-Training zu fragen: Kleine Änderungen des Laufstils können die Hüfte entlasten.'),
(63, 'seed:003', 'GERMAN', 'Ein schwacher oder instabiler Rumpf lässt das Becken wandern und belastet die Hüften; Rumpf und Gesäß 2- bis 3-mal pro Woche kräftigen.'),
(63, 'seed:004', 'GERMAN', 'Rät, eine auf Läufer spezialisierte Physiotherapie nach Laufstil-Training zu fragen: Kleine Änderungen des Laufstils können die Hüfte entlasten.'),
(64, 'seed:000', 'GERMAN', 'Rät, den Fuß unter dem Körper aufzusetzen, aufrecht zu laufen und den Rumpf anzuspannen; zu lange Schritte bremsen jeden Schritt und belasten die Hüfte.'),
(64, 'seed:002', 'GERMAN', 'Hartes Landen auf der Ferse mit weit vorgestrecktem Bein leitet den Aufprall bis in die Hüfte; besser unter dem Körper landen.'),
(64, 'seed:003', 'GERMAN', 'Ein harter Fußaufsatz und zu lange Schritte belasten die Hüften übermäßig.'),
(70, 'seed:003', 'GERMAN', 'Läufe mit statischen Dehnungen von 20 bis 30 Sekunden für Hüften, Oberschenkelrückseite, Oberschenkelvorderseite und Waden beenden.'),
(71, 'seed:003', 'GERMAN', 'Gesäß, Tractus iliotibialis und Oberschenkelvorderseite langsam rollen und an empfindlichen Stellen 20 bis 30 Sekunden verweilen.'),
(71, 'seed:004', 'GERMAN', 'Innerhalb von 30 Minuten nach einem Lauf Tractus iliotibialis und Gesäß rollen, ohne direkten Druck auf den Hüftknochen.'),
(72, 'seed:003', 'GERMAN', 'Die schmerzende Stelle mehrmals täglich 15 bis 20 Minuten kühlen, um die Entzündung zu beruhigen.'),
(72, 'seed:004', 'GERMAN', 'In den ersten 48 Stunden jeweils 15 Minuten lang kühlen.'),
(73, 'seed:003', 'GERMAN', 'Hat sich der erste, akute Schmerz mit Ruhe und Kühlen gelegt, folgen sanfte Dehnungen und Mobilisation, um die Beweglichkeit zurückzugewinnen.'),
(73, 'seed:004', 'GERMAN', 'Nach den ersten 48 Stunden auf feuchte Wärme wechseln, um die Durchblutung anzuregen, nie auf einer geschwollenen Hüfte.'),
(74, 'seed:004', 'GERMAN', 'Seitenschläfer mit Hüftschmerzen: Ein Kissen zwischen den Knien nimmt Druck vom Gelenk.'),
(75, 'seed:001', 'GERMAN', 'Genug Kalzium, Vitamin D, Eiweiß und Kalorien insgesamt unterstützen Knochen und Erholung.'),
(75, 'seed:004', 'GERMAN', 'Innerhalb von 45 Minuten nach einem Lauf Eiweiß mit Kohlenhydraten essen.'),
(76, 'seed:000', 'GERMAN', 'Radfahren oder Schwimmen erhalten die Fitness und kräftigen die Hüften, ohne sie den wiederholten Stößen des Laufens auszusetzen.'),
(76, 'seed:003', 'GERMAN', 'Alternativ trainieren, zum Beispiel mit Radfahren, um Fitness ohne die ständigen Stöße aufzubauen.'),
(77, 'seed:000', 'GERMAN', 'Radfahren oder Schwimmen erhalten die Fitness und kräftigen die Hüften, ohne sie den wiederholten Stößen des Laufens auszusetzen.'),
(77, 'seed:003', 'GERMAN', 'Alternativ trainieren, zum Beispiel mit Schwimmen, um Fitness ohne die ständigen Stöße aufzubauen.');

insert into program_template_wording (template_id, language, name, description) values
(1, 'GERMAN', 'Kräftigung der Hüftaußenseite (seitliche Gesäßmuskeln)',
 'Baut die seitlichen Gesäßmuskeln und die tiefen Hüftrotatoren auf, die das Becken auf einem Bein waagerecht halten. Beginnt im Liegen, ab Woche 3 folgen Übungen im Stand und auf einem Bein.'),
(2, 'GERMAN', 'Hüftbeuger-Mobilität für Läufer mit Bürojob',
 'Für Läufer, die den größten Teil des Tages sitzen: tägliche Dehnungen für Hüftbeuger und Gesäß, sanfte Bewegungsübungen und Brücken, die das Gesäß aufwecken.'),
(3, 'GERMAN', 'Laufstil-Training',
 'Ein Hinweis nach dem anderen, geübt bei lockeren Läufen: zuerst der Fuß unter dem Körper, dann ein kürzerer, schnellerer Schritt hin zu einer Zielfrequenz, dann Haltung und Rumpf.'),
(4, 'GERMAN', 'Wiedereinstieg ins Laufen: 4-Wochen-Steigerung',
 'Woche 1: drei Läufe von höchstens 2,4 km (1,5 Meilen), vor jedem Lauf Präventionsübungen. Woche 2: vier Läufe von höchstens 3,2 km (2 Meilen). Woche 3: vier Läufe von höchstens 4,8 km (3 Meilen) und zweimal pro Woche Krafttraining. Ab Woche 4 wächst der Wochenumfang um höchstens 10 %.'),
(5, 'GERMAN', 'Aufwärmen vor jedem Lauf',
 'Fünf bis zehn Minuten lockere Bewegung, dann dynamische Dehnübungen.'),
(6, 'GERMAN', 'Regenerationsroutine',
 'Nach den Läufen und dazwischen: Dehnen, Faszienrolle, Kühlen oder Wärme, Schlafposition und Auftanken.');

insert into template_item_wording (template_id, language, position, note) values
(1, 'GERMAN', 1, 'Beginnen Sie bei Bedarf mit weniger und steigern Sie auf 10.'),
(1, 'GERMAN', 2, 'Nehmen Sie ein Band hinzu, wenn 12 leichtfallen.'),
(2, 'GERMAN', 0, 'Auch nach längerem Sitzen.'),
(3, 'GERMAN', 0, 'Der erste Hinweis: Üben Sie ihn bei jedem lockeren Lauf.'),
(3, 'GERMAN', 2, 'Etwa 5 % über der bei Ihrem Termin gemessenen Schrittfrequenz.'),
(3, 'GERMAN', 4, 'Die nächste Stufe, wenn die Wochen 3 und 4 leichtfielen.'),
(4, 'GERMAN', 0, 'Vor jedem der drei Läufe dieser Woche.'),
(4, 'GERMAN', 1, 'Vor jedem Lauf dieser Woche.'),
(4, 'GERMAN', 2, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 3, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 4, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 5, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 6, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 7, 'Prävention: vor jedem Lauf.'),
(4, 'GERMAN', 8, 'Ab Woche 3 zweimal pro Woche Krafttraining.'),
(4, 'GERMAN', 9, 'Ab Woche 3 zweimal pro Woche Krafttraining.'),
(4, 'GERMAN', 10, 'Nach jedem Lauf.'),
(6, 'GERMAN', 0, 'Nach jedem Lauf.'),
(6, 'GERMAN', 1, 'Innerhalb einer halben Stunde nach einem Lauf.'),
(6, 'GERMAN', 2, 'Nur in den ersten 48 Stunden nach einer Schmerzverstärkung.'),
(6, 'GERMAN', 3, 'Ab 48 Stunden nach einer Schmerzverstärkung; nie auf einer geschwollenen Hüfte.');
