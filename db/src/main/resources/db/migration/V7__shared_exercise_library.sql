-- The shared exercise library: every exercise of the clinical content catalogue (section 5) and the
-- recovery measures of section 6, with a default dosage, the steps in the clinic's own words (one
-- per line), cautions, and the source articles (seed:00N).
insert into exercise (id, name, category, target, sets, reps, hold_seconds, per_side, times_per_week, minutes,
                      instructions, cautions, source) values
-- Warm-up
(1, 'Brisk walk or easy jog', 'WARM_UP', 'whole body', null, null, null, false, 3, 10,
 'Walk briskly or jog very easily for 5 to 10 minutes before every run.
You should be able to talk in full sentences the whole time.
Go straight on to the dynamic stretches (leg swings, hip circles, walking lunges).',
 'This is the start of the session, not part of the run distance.', 'seed:001, seed:003'),
(2, 'Walking lunges', 'WARM_UP', 'glutes, quadriceps, hip flexors', null, 10, null, false, 3, null,
 'Step forward into a lunge, back knee lowering towards the floor.
Push off the front foot and bring the back leg through into the next lunge.
Take 10 controlled steps, keeping the trunk upright and the front knee over the middle of the foot.',
 'Keep the steps short if the front of the hip pinches.', 'seed:004'),

-- Strength
(10, 'Side-lying leg raise', 'STRENGTH', 'hip abductors (side glutes)', 2, 10, null, true, 3, null,
 'Lie on your painless side, bottom knee bent for balance, hips stacked.
Keep the top leg straight and take it slightly behind the line of your body, toes pointing forwards.
Lift the leg, leading with the heel, to a little above hip height.
Lower it slowly over two to three seconds. Start with fewer and build up to 8 to 10 per side.',
 'Do not let the top hip roll backwards or the leg drift forwards: the work then goes to the hip flexors instead of the side glutes.
A sharp pain on the bony point of the outer hip means stop and tell your therapist.', 'seed:002'),
(11, 'Single-leg glute bridge', 'STRENGTH', 'glutes', 2, 10, null, true, 3, null,
 'Lie on your back, one knee bent with the foot flat, the other leg straight or hugged to the chest.
Press through the heel of the bent leg and lift the hips until they are in line with the knee.
Keep the pelvis level, pause for a second, lower slowly.
Build up to 8 to 10 per side.',
 'Move on to it once the two-leg bridge is easy. Stop if you feel it mostly in the back or hamstring cramps.', 'seed:001, seed:002'),
(12, 'Glute bridge', 'STRENGTH', 'glutes', 2, 15, null, false, 3, null,
 'Lie on your back, knees bent, feet flat and hip-width apart.
Squeeze your buttocks and lift the hips until knees, hips and shoulders form a line.
Hold for a breath, then lower slowly.',
 'Lift with the buttocks, not by arching the lower back.', 'seed:000, seed:004'),
(13, 'Clamshell', 'STRENGTH', 'deep hip rotators and side glutes', 2, 12, null, true, 3, null,
 'Lie on your side with hips and knees bent, heels together, hips stacked.
Keeping the feet together, open the top knee like a shell, without rolling the pelvis back.
Close slowly. Add a band just above the knees when it becomes easy.',
 'Small and controlled beats big: if the pelvis rolls, the range is too big.', 'seed:000, seed:001, seed:004'),
(14, 'Side plank', 'STRENGTH', 'lateral core and hip abductors', 3, null, 20, true, 3, null,
 'Lie on your side, forearm under the shoulder, knees bent for the easy version or legs straight.
Lift the hips so the body forms a straight line and hold.
Keep the holds short and the form clean; lower, rest, repeat.',
 'Stop if the shoulder hurts or the hips sag.', 'seed:002'),
(15, 'Monster walk (banded lateral walk)', 'STRENGTH', 'hip abductors (side glutes)', 2, 15, null, true, 3, null,
 'Put a resistance band around the ankles and bend the knees slightly.
Step sideways, keeping tension in the band and the toes pointing forwards.
Take 15 steps one way, then 15 steps back.',
 'Do not let the knees fall inwards or the trunk rock from side to side.', 'seed:001, seed:004'),
(16, 'Single-leg Romanian deadlift', 'STRENGTH', 'glutes, hamstrings and balance', 2, 10, null, true, 3, null,
 'Stand on one leg with a soft knee.
Hinge at the hip, reaching the hands towards the floor while the free leg goes back, keeping the back long.
Return to standing by squeezing the glute of the standing leg. 10 per side.',
 'Hold a wall or chair for balance at first. Keep the pelvis square to the floor.', 'seed:001, seed:004'),
(17, 'Hip airplane', 'STRENGTH', 'hip rotators and balance', 2, 8, null, true, 3, null,
 'Stand on one leg and hinge forwards until the trunk is close to horizontal.
Rotate the pelvis open towards the free-leg side, then back to square, turning from the standing hip.
8 slow rotations per side.',
 'Use a support for balance until you are steady.', 'seed:004'),
(18, 'Squat', 'STRENGTH', 'quadriceps and glutes', 2, 12, null, false, 2, null,
 'Stand with feet shoulder-width apart.
Sit back and down as if onto a chair, knees tracking over the toes, chest up.
Stand up by pushing through the whole foot.',
 'Only as deep as is pain-free.', 'seed:001, seed:004'),
(19, 'Deadlift', 'STRENGTH', 'glutes, hamstrings and back extensors', 3, 8, null, false, 2, null,
 'Stand with a weight in front of you, feet hip-width apart.
Hinge at the hips with a long back and soft knees to grip the weight.
Stand up by driving the hips forwards, then lower the weight with the same hinge.
Twice a week is enough.',
 'Start light and learn the hinge before adding load.', 'seed:001, seed:004'),
(20, 'Lunge', 'STRENGTH', 'quadriceps and glutes', 2, 10, null, true, 2, null,
 'Step forwards and lower the back knee towards the floor.
Keep the trunk upright and the front knee over the middle of the foot.
Push back to standing.',
 null, 'seed:001'),
(21, 'Lateral lunge', 'STRENGTH', 'adductors and glutes', 2, 10, null, true, 2, null,
 'Take a wide step to the side and sit back into that hip, the other leg straight.
Keep both feet flat and the chest up.
Push back to the middle.',
 'Keep the range small if the groin pulls.', 'seed:001'),
(22, 'Rear-foot-elevated split squat', 'STRENGTH', 'quadriceps and glutes', 2, 8, null, true, 2, null,
 'Stand a stride in front of a bench and rest the back foot on it.
Lower straight down until the front thigh is near horizontal.
Push up through the front heel.',
 'Hold a support for balance; stop if the front of the back hip pinches.', 'seed:001'),
(23, 'Step-up', 'STRENGTH', 'quadriceps and glutes', 2, 10, null, true, 2, null,
 'Place one foot on a step or box.
Press through that foot to stand up on the step, without pushing off the lower leg.
Step down slowly.',
 'Keep the knee from falling inwards.', 'seed:001'),
(24, 'Lateral step-up', 'STRENGTH', 'side glutes and quadriceps', 2, 10, null, true, 2, null,
 'Stand side-on to a step with the near foot on it.
Step up sideways, keeping the pelvis level, and lower slowly.',
 'The pelvis must not drop on the free side.', 'seed:001'),
(25, 'Barbell hip thrust', 'STRENGTH', 'glutes', 3, 10, null, false, 2, null,
 'Sit with the upper back against a bench and a padded bar over the hips.
Drive the hips up until the body is level from shoulders to knees.
Lower with control.',
 'Learn it with body weight first.', 'seed:001'),
(26, 'Banded hip march', 'STRENGTH', 'hip flexors and core', 2, 10, null, true, 3, null,
 'Lie on your back with a band around the feet and knees bent, or stand tall.
Lift one knee towards the chest against the band while the other foot stays down.
Lower slowly and alternate.',
 'Keep the lower back still.', 'seed:001'),
(27, 'Kettlebell swing', 'STRENGTH', 'glutes and hamstrings', 3, 12, null, false, 2, null,
 'Hold a kettlebell with both hands, feet a little wider than the hips.
Hinge back, then snap the hips forwards so the bell floats to chest height.
Let it fall back into the hinge and repeat.',
 'A hip movement, not an arm lift or a squat. Learn it with a coach or your therapist.', 'seed:001'),
(28, 'Leg press', 'STRENGTH', 'quadriceps and glutes', 3, 10, null, false, 2, null,
 'Sit in the machine with feet hip-width apart on the plate.
Lower the plate until the knees are bent to about a right angle, then press back.',
 'Do not lock the knees at the top; keep the lower back on the pad.', 'seed:001'),
(29, 'Stability-ball hamstring curl', 'STRENGTH', 'hamstrings and glutes', 2, 10, null, false, 2, null,
 'Lie on your back with the heels on a stability ball.
Lift the hips, then roll the ball towards you by bending the knees.
Roll it out again, keeping the hips up.',
 'Lower the hips and rest if the hamstrings cramp.', 'seed:001'),
(30, 'Inner-thigh ball squeeze', 'STRENGTH', 'hip adductors', 2, 10, 5, false, 3, null,
 'Lie on your back, knees bent, a soft ball between the knees.
Squeeze the ball and hold for about five seconds, then relax.',
 'Squeeze gently at first if the groin is sore.', 'seed:001'),
(31, 'Speed skater', 'STRENGTH', 'side glutes and balance', 2, 10, null, true, 2, null,
 'Leap sideways from one foot to the other, landing softly with a bent knee.
Sweep the free leg behind the landing leg, then leap back.',
 'Only once hopping is pain-free; start with small steps instead of leaps.', 'seed:001'),

-- Mobility
(40, 'Half-kneeling hip flexor stretch', 'MOBILITY', 'hip flexors', 2, null, 30, true, 7, null,
 'Kneel on one knee on a cushion, the other foot flat in front.
Tuck the pelvis under (tail down) and squeeze the buttock of the kneeling side.
Shift gently forwards until you feel a stretch at the front of the hip; hold.
Do it every day, more often on long sitting days.',
 'Keep the pelvis tucked: leaning forwards into an arched back stretches nothing.
Never stretch an inflamed hip flexor hard: a gentle pull, not pain.', 'seed:002, seed:003'),
(41, 'Pigeon pose', 'MOBILITY', 'glutes and hip rotators', 2, null, 30, true, 5, null,
 'From hands and knees, bring one knee forward behind the same hand, shin across the body.
Slide the other leg back and lower the hips towards the floor.
Breathe and hold.',
 'Put a cushion under the hip if it does not reach the floor; back off if the front of the hip pinches.', 'seed:003'),
(42, 'Figure-four stretch', 'MOBILITY', 'glutes and piriformis', 2, null, 30, true, 7, null,
 'Lie on your back with the knees bent.
Cross one ankle over the other knee.
Pull the lower thigh towards your chest until you feel the stretch in the buttock; hold.',
 null, 'seed:003'),
(43, 'Butterfly stretch', 'MOBILITY', 'hip adductors', 2, null, 30, false, 5, null,
 'Sit upright with the soles of the feet together and the knees out to the sides.
Let the knees sink towards the floor; press them down lightly with the elbows if comfortable.',
 null, 'seed:001'),
(44, 'Frog stretch', 'MOBILITY', 'hip adductors', 2, null, 30, false, 3, null,
 'On hands and knees, widen the knees as far as is comfortable, ankles in line with the knees.
Rock the hips slowly back towards the heels and hold.',
 'Go only as wide as is comfortable; stop if the groin hurts.', 'seed:001'),
(45, 'Hip circles', 'MOBILITY', 'hip joint range of motion', null, 10, null, true, 7, null,
 'Stand tall holding a support.
Lift one knee and draw slow, large circles with it, ten one way and ten the other.',
 null, 'seed:001'),
(46, 'Leg swings, front and side', 'MOBILITY', 'hip flexors, hamstrings and adductors', null, 15, null, true, 3, null,
 'Hold a wall and swing one leg forwards and back, 15 times.
Turn to face the wall and swing it across the body and out to the side, 15 times.
Let the swing grow gradually; change legs.',
 'A controlled swing, not a kick.', 'seed:001, seed:004'),
(47, 'Frankenstein walk', 'MOBILITY', 'hamstrings and hip flexors', null, 10, null, true, 3, null,
 'Walk forwards kicking one straight leg up towards the opposite outstretched hand.
Alternate legs for 10 kicks each.',
 'Only as high as the leg goes with the knee straight.', 'seed:001'),
(48, 'Fire hydrant', 'MOBILITY', 'side glutes and hip rotators', 2, 10, null, true, 3, null,
 'On hands and knees, keep the knee bent and lift one leg out to the side.
Lower it slowly without shifting the weight of the trunk.',
 null, 'seed:001'),
(49, 'Donkey kick', 'MOBILITY', 'glutes', 2, 10, null, true, 3, null,
 'On hands and knees, keep the knee bent and press one foot up towards the ceiling.
Stop when the thigh is level with the back; lower slowly.',
 'Keep the back flat: the movement comes from the hip.', 'seed:001'),
(50, 'Straight-leg raise', 'MOBILITY', 'hip flexors and quadriceps', 2, 10, null, true, 3, null,
 'Lie on your back, one knee bent, the other leg straight.
Tighten the thigh of the straight leg and lift it to the height of the other knee.
Lower slowly.',
 null, 'seed:001'),
(51, 'Evening hip mobility routine', 'MOBILITY', 'hips, whole range', null, null, null, false, 7, 10,
 'Ten easy minutes before bed: hip circles, figure-four stretch, half-kneeling hip flexor stretch and a gentle pigeon pose.
Breathe slowly and keep every stretch comfortable.
It helps with stiffness the next morning.',
 'No aggressive stretching of an inflamed hip flexor or IT band.', 'seed:004'),

-- Gait retraining (cues practised on easy runs)
(60, 'Land with the foot under the body', 'GAIT_RETRAINING', 'running form: foot strike', null, null, null, false, 3, 5,
 'During an easy run, pick a flat stretch and focus only on where the foot lands.
Aim for it to land below the hips, not reaching out in front of you.
Practise in blocks of a few minutes, then run normally.',
 'Change slowly: a new landing loads the calves and feet differently.', 'seed:000, seed:002, seed:003, seed:004'),
(61, 'Shorter, quicker stride (cadence)', 'GAIT_RETRAINING', 'running form: stride and cadence', null, null, null, false, 3, 5,
 'Shorten your stride slightly and take quicker steps at the same speed.
A metronome app or music at the target cadence (steps per minute) helps.
Your therapist records your cadence at each visit and raises the target in small steps.',
 'A few per cent at a time; do not force a big change at once.', 'seed:000, seed:002, seed:003, seed:004'),
(62, 'Run tall with a slight forward lean', 'GAIT_RETRAINING', 'running form: posture', null, null, null, false, 3, 5,
 'Run tall, as if pulled up by a string, with a slight forward lean from the ankles.
Keep the gaze forwards, not down at your feet.',
 'Lean from the ankles, not by bending at the waist.', 'seed:003, seed:004'),
(63, 'Engage the core while running', 'GAIT_RETRAINING', 'running form: trunk control', null, null, null, false, 3, 5,
 'Keep a light tension in the belly, as when bracing for a gentle push.
Keep the pelvis level and quiet; do not hold your breath.',
 null, 'seed:003, seed:004'),
(64, 'Soft landing, no heavy heel strike', 'GAIT_RETRAINING', 'running form: impact', null, null, null, false, 3, 5,
 'Listen to your feet: run as quietly as you can.
Avoid slamming down on the heel with the leg straight out in front.',
 null, 'seed:000, seed:002, seed:003'),

-- Recovery
(70, 'Static stretches after runs', 'RECOVERY', 'hips, hamstrings, quadriceps, calves', null, null, 30, true, 3, null,
 'After every run, stretch the hips, hamstrings, quadriceps and calves.
Hold each stretch 20 to 30 seconds without bouncing.',
 'No aggressive stretching of an inflamed hip flexor or IT band.', 'seed:003'),
(71, 'Foam rolling: glutes, IT band, quadriceps', 'RECOVERY', 'glutes, IT band, quadriceps', null, null, 30, true, 3, null,
 'Roll slowly along the buttock, the outside of the thigh and the front of the thigh.
Stop on a tender spot for 20 to 30 seconds and breathe.
Best within half an hour after a run.',
 'Never roll directly over the bony point of the hip. No aggressive rolling of an inflamed IT band.', 'seed:003, seed:004'),
(72, 'Ice the sore hip', 'RECOVERY', 'sore hip (first 48 hours)', null, null, null, false, 7, 20,
 'In the first 48 hours after a flare-up, put an ice pack wrapped in a thin towel on the sore area.
Leave it for 15 to 20 minutes.',
 'Never ice directly on the skin.', 'seed:003, seed:004'),
(73, 'Moist heat after the first 48 hours', 'RECOVERY', 'stiff hip muscles', null, null, null, false, 7, 20,
 'After the first 48 hours, use moist heat (a warm damp towel or a heat pack) on stiff muscles for 15 to 20 minutes.',
 'Never put heat on a swollen hip.', 'seed:003, seed:004'),
(74, 'Pillow between the knees', 'RECOVERY', 'hip position in sleep', null, null, null, false, 7, null,
 'If you sleep on your side, put a pillow between the knees so the top hip does not drop.',
 null, 'seed:004'),
(75, 'Refuel after the run', 'RECOVERY', 'nutrition', null, null, null, false, 3, 45,
 'Within 45 minutes after a run, eat something with both protein and carbohydrate.
Over the week, make sure your food gives enough calcium, vitamin D and protein for bone and muscle.',
 null, 'seed:001, seed:004'),
(76, 'Cycling instead of running', 'RECOVERY', 'fitness while symptomatic', null, null, null, false, 2, 30,
 'While the hip is symptomatic, keep your fitness by cycling at an easy to moderate effort.',
 'Stop if it brings on the hip pain.', 'seed:000, seed:003'),
(77, 'Swimming instead of running', 'RECOVERY', 'fitness while symptomatic', null, null, null, false, 2, 30,
 'While the hip is symptomatic, swim at an easy to moderate effort to stay fit without impact.',
 'Avoid breaststroke kick if it hurts the hip.', 'seed:000, seed:003');

-- Shared program templates built from the library.
insert into program_template (id, name, description, return_to_run) values
(1, 'Lateral hip (side glute) strengthening',
 'Builds the side glutes and deep hip rotators that hold the pelvis level on one leg. Starts lying down, moves to standing and single-leg work from week 3.',
 false),
(2, 'Hip-flexor mobility for desk-bound runners',
 'For runners who sit most of the day: daily hip flexor and glute stretches, gentle range of motion, and bridges to wake up the glutes.',
 false),
(3, 'Gait retraining',
 'One cue at a time on easy runs: the foot under the body first, then a shorter, quicker stride towards a cadence target, then posture and core.',
 false),
(4, 'Return to run: 4-week ramp',
 'Week 1: three runs of at most 1.5 miles, prehab before every run. Week 2: four runs of at most 2 miles. Week 3: four runs of at most 3 miles and strength twice a week. From week 4 the weekly distance grows by at most 10 %.',
 true),
(5, 'Warm-up before every run',
 'Five to ten minutes of easy movement, then dynamic stretches.',
 false),
(6, 'Recovery routine',
 'After runs and between them: stretching, foam rolling, ice or heat, sleep position and refuelling.',
 false);

insert into template_item (template_id, position, exercise_id, from_week, to_week, sets, reps, hold_seconds, per_side,
                           times_per_week, minutes, cadence, note) values
(1, 0, 12, 1, 2, 2, 15, null, false, 3, null, null, null),
(1, 1, 10, 1, null, 2, 10, null, true, 3, null, null, 'Start with fewer if needed and build up to 10.'),
(1, 2, 13, 1, null, 2, 12, null, true, 3, null, null, 'Add a band when 12 are easy.'),
(1, 3, 14, 1, null, 3, null, 20, true, 3, null, null, null),
(1, 4, 11, 3, null, 2, 10, null, true, 3, null, null, null),
(1, 5, 15, 3, null, 2, 15, null, true, 3, null, null, null),
(1, 6, 16, 3, null, 2, 10, null, true, 3, null, null, null),
(1, 7, 17, 5, null, 2, 8, null, true, 3, null, null, null),

(2, 0, 40, 1, null, 2, null, 30, true, 7, null, null, 'Also after long stretches of sitting.'),
(2, 1, 42, 1, null, 2, null, 30, true, 7, null, null, null),
(2, 2, 45, 1, null, null, 10, null, true, 7, null, null, null),
(2, 3, 12, 1, null, 2, 15, null, false, 3, null, null, null),
(2, 4, 46, 1, null, null, 15, null, true, 3, null, null, null),
(2, 5, 41, 3, null, 2, null, 30, true, 5, null, null, null),
(2, 6, 51, 1, null, null, null, null, false, 7, 10, null, null),

(3, 0, 60, 1, null, null, null, null, false, 3, 5, null, 'The first cue: practise it on every easy run.'),
(3, 1, 62, 1, null, null, null, null, false, 3, 5, null, null),
(3, 2, 61, 3, 4, null, null, null, false, 3, 5, 170, 'About 5 % above the cadence measured at your visit.'),
(3, 3, 64, 3, null, null, null, null, false, 3, 5, null, null),
(3, 4, 61, 5, null, null, null, null, false, 3, 10, 175, 'The next step up, if weeks 3 and 4 felt easy.'),
(3, 5, 63, 5, null, null, null, null, false, 3, 5, null, null),

(4, 0, 1, 1, 1, null, null, null, false, 3, 10, null, 'Before each of this week''s three runs.'),
(4, 1, 1, 2, null, null, null, null, false, 4, 10, null, 'Before each of this week''s runs.'),
(4, 2, 12, 1, 1, 2, 15, null, false, 3, null, null, 'Prehab: before every run.'),
(4, 3, 13, 1, 1, 2, 12, null, true, 3, null, null, 'Prehab: before every run.'),
(4, 4, 46, 1, 1, null, 15, null, true, 3, null, null, 'Prehab: before every run.'),
(4, 5, 12, 2, null, 2, 15, null, false, 4, null, null, 'Prehab: before every run.'),
(4, 6, 13, 2, null, 2, 12, null, true, 4, null, null, 'Prehab: before every run.'),
(4, 7, 46, 2, null, null, 15, null, true, 4, null, null, 'Prehab: before every run.'),
(4, 8, 18, 3, null, 2, 12, null, false, 2, null, null, 'Strength twice a week from week 3.'),
(4, 9, 16, 3, null, 2, 10, null, true, 2, null, null, 'Strength twice a week from week 3.'),
(4, 10, 70, 1, null, null, null, 30, true, 3, null, null, 'After every run.'),

(5, 0, 1, 1, null, null, null, null, false, 3, 10, null, null),
(5, 1, 46, 1, null, null, 15, null, true, 3, null, null, null),
(5, 2, 45, 1, null, null, 10, null, true, 3, null, null, null),
(5, 3, 2, 1, null, null, 10, null, false, 3, null, null, null),

(6, 0, 70, 1, null, null, null, 30, true, 3, null, null, 'After every run.'),
(6, 1, 71, 1, null, null, null, 30, true, 3, null, null, 'Within half an hour after a run.'),
(6, 2, 72, 1, 1, null, null, null, false, 7, 20, null, 'Only in the first 48 hours after a flare-up.'),
(6, 3, 73, 1, null, null, null, null, false, 7, 20, null, 'From 48 hours after a flare-up; never on a swollen hip.'),
(6, 4, 74, 1, null, null, null, null, false, 7, null, null, null),
(6, 5, 75, 1, null, null, null, null, false, 3, 45, null, null),
(6, 6, 51, 1, null, null, null, null, false, 7, 10, null, null);
