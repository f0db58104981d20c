/**
 * Well-known and leaked JWT HMAC secrets (RFC 8725 §2.2, §3.5): tutorial values, framework
 * defaults and secrets found in public code. Anyone can try every entry against a token in
 * seconds, so a token signed with one of them can be forged.
 *
 * Source: the wordlist of wallarm/jwt-secrets (https://github.com/wallarm/jwt-secrets), file
 * `secrets.list` (the 2020 list its README describes; `jwt.secrets.list` is its later,
 * larger, sorted form), with a few entries from the top of `jwt.secrets.list`. The repository
 * states no license (no LICENSE file, nothing in the README): these are short factual strings
 * published as a security wordlist.
 *
 * The subset kept here: every distinct entry a person could plausibly type or copy from a
 * tutorial. Left out: "N/A" rows, entries cut short with "...", JWTs, PEM and DER bodies,
 * Python byte literals, entries with a backslash or backtick, and one-off random strings
 * (UUIDs, hex, base64); random-looking entries that recur across projects (copied from one
 * tutorial) are kept. Entries are exact, case included; see `isKnownSecret` for matching.
 */

/** One entry per line, as in the wordlist. */
const WALLARM_JWT_SECRETS = `thisisthesecretkey
myJwtSecret
your-256-bit-secret
tobemodified
mysecretstring
reallyreallyreallyreallyverysafe
supersecret
NxpmDotDevJwtSecret
3123123213123
ofcourseistillloveyou
<random_string_at_least_32_characters_long>
secret
secretkey
token
0a6b944d-d2fb-46fc-a85e-0295c986cd9f
<Your-Token>
16f8c0ef4a5d391b26034086c628469d3f9f497f08163ab9b40137092f2909ef
r9iMKoe5CRMgvJBBtp4HrqN7QiPpUToj
changeme
foo
some-secret-password
test value
password
jwt-secret
jwtsecret
JWTs are the best!
VGhpcyBzZWNyZXQgaXMgc3RvcmVkIGJhc2UtNjQgZW5jb2RlZCBvbiB0aGUgcHJveHkgaG9zdA
This secret is stored base-64 encoded on the proxy hos
secret1
secret2
aSecret
569a1821-0a93-45e8-87ab-eb857f20a010
testing
test123-test123-test123-test123-test123-test123-test123
!@#$%^&*
!@#^&*
#######
*******
**
-------
0000000
000000000000
01234567890abcde01234567890abcde01234567890abcde01234567890abcde
123
123123
1234
12345
123454
123456
1234567
12345678
123456789
1234567890
1234567890123456
12345678901234567890123456789000
1234567890987654321
1234567890a
123456abcd
1234abc
123Abc123
123Abc789XYZ
123NotAParticularyGreatSecret!!!
123qwe
123secret456!
1337h4x
1qaz2wsx
1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p
2
233
345
42isTheAnswer
456123
4YOURSECRETKEY
secret value
FREE_MASON
javainuse
yoursecret
mysecret
09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7
super-secret
a random, long, sequence of characters that only the server knows
cAtwa1kkEy
shhhhh
shhhhhhared-secret
mysupersecret_secretkey!123
test
jdnfksdmfksd
secretKey
my_secret_key
A very secret key
ThisismySecretKey
pleaseChangeThisSecretForANewOne
e71829c351aa4242c2719cbfbe671c09
tyk123
thisIsTheJwtSecretPassword
topsecret
super_secret_key
Secret1234
example_key
your_secret_key
YOUR_SECRET_KEY
7c32d31dbdd39f2111da0b1dea59e94f3ed715fd8cdf0ca3ecf354ca1a2e3e30
secret_server_key
my$ecretK3y
lorem ipsum key
SECRET
masd82348$asldfja
nksdmlkfmfsd
THIS IS USED TO SIGN AND VERIFY JWT TOKENS, REPLACE IT WITH YOUR OWN SECRET, IT CAN BE ANY STRING
THIS IS SUPER SECRET, DO NOT SHARE!
mysecretkey
bezkoder-secret-key
todo-app-super-shared-secret
MySuP3R_z3kr3t
SECRETKEY
addjsonwebtokensecretherelikeQuiscustodietipsoscustodes
YOUR_SECRET_STRING
SECRETO_PARA_ENCRIPTACION
some_secret
longer-secret-is-better
Тайна
abc123
LongAndHardToGuessValueWithSpecialCharacters@^($%*$%
some-secret-string
fe1a1915a379f3be5394b64d14794932
some-secret-shit-goes-here
generated-token
XXX
tcjwt
{xor}LDo8LTor
ThisIsASecret
987654321
google-client-secret
my_precious
someJWTstring
custom secret
your super secret key
my Secret key!
REPLACE WITH YOU DUO SECRET KEY
<<client_secret>>
Your Secret
sec!ReT423*&
Hello&MikeFooBar123
!secReT$123*
Secret123!456$
aVerySecretKey
AUTH0_CLIENT_SECRET
%kernel.secret%
prime256v1
SOME_SECRET
my_super_secret_key
SOME SUPER SECRET PASSPHRASE HERE THAT YOU JUST MADE UP
ThisTokenIsNotSoSecretChangeIt
someawesomesecret
your_secret_token_or_key
YOURSIGNINGKEYGOESHERE
super secret
some unique secret string here
your_client_secret
your signature secret
my-secret-token
CLIENT_SECRET
supersecretkeyyoushouldnotcommittogithub
someSecretKey
<client secret>
923753F2317FC1EE5B52DF23951B
accessSecret
your secret key to SIGN token
testpass
top-secret
your-top-secret-key
really-secret-key-here
< client secret >
secret-key
ZmFudGFzdGljand0
YOUR_ADMIN_API_KEY
samplesecret
web_app
client-secret
s3cr3t
xxxxxxxx
MY_SECRET_KEY
e9cj9kd
My secret passphrase here
SOME_SECRET_KEY
veryVerySecretKey
Any String used to sign and verify JWT Tokens,  Replace this string with your own Secret
my_secret_key_12345
asdv234234^&%&^%&^hjsdfb2%%%
mysupers3cr3tsharedkey!
my top secret key
base64-encoded-signing-key-here
xxxxxxxxxxxxxx
X73xXXXXXxxxxXXXxxxXXXx656767Xxx
@everone:KeepitSecret!
<random secret string>
<insert shared secret here>
my_super_secret_password
your client secret
apisecret
secret key
my-secret
blueberry
A secret API example
SomeReallySecretKey
jwt-secret-string
mysupersecretpassword
jose
Ill never tell
foobarbaz
your secret API key
[secret for the JWT]
<MY SECRET KEY>
MY_SLACK_SIGNING_SECRET
youraccesstokensecret
oursecret
StRoNGs3crE7
234234-234234-234234
your-secret-key
you secret string
SECRET_KEY
my_special_secret
myadminsecretkey
Your GitHub client secret
foobar
secret_jwt_string_key
top_secret
my-secret-key
SecretKeyToGenJWTs
bezKoderSecretKey
mySecretKey
n2r5u8x/A%D*G-KaPdSgVkYp3s6v9y$B&E(H+MbQeThWmZq4t7w!z%C*F-J@NcRf
javachinna
noonewilleverguess
{noop}secret
TheSecretYouShouldChange
jwt-token-secret-key-for-encryption
techgeeknext
javamaster
4C8kum4LxyKWYLM78sKdXrzbBjDCFyfX
AbCdEfGhIjKlMnOpQrStUvWxYz==
thisIsASecret
acmesecret
yourSuperSecretPassword
MY_SECRET
our biggest secret
xxxx
devglan-secret
jwtsecretkey
jwt_secret_password
some other secret as default
mySecret
some-secret
$PraveenIsAwesome!
xxx
my_secret
secret string
applicationsecret
budgetsecret
XXXXXXXXXXXXX
keyboard cat
<the password you made>
s3cret_c0de
Codebrains
TheAmazingKreskin
POWERFULENCRYPTIONKEY
The Approov Base64 encoded secret
HERE-INPUT-YOUR-SECRET-KEY
google_client_secret
random sign key (CHANGE IT!)
yor secret key
yyyy
test_token_secret
secretissecet
secretissecret
top-secret-phrase
LoxodontaElephasMammuthusPalaeoloxodonPrimelephas
superSecretKeyForJwt
hello world !
MyS3cr3tK3Y
wutangclan
myJWTsecretKeepThisSafe
xxxxxxxxxxxxxxxxxxxxxx
myjwttokensecret
foobar123
this is the secret secret secret 12356
some secret value
<Your Stripe secret key>
my-secret-key-which-should-be-changed-in-production-and-be-base64-encoded
test_jwt_secret
dEvMoDe!1
secret_key
tempjwtsecretfordevonly
密钥
dev waffles
JWTSECRET
a-fake-secret-for-development-temp-use
JWT_SECRET
superSecret
ima_important_secret
jwt_secret
Unsecure secret
use-this-or-gen-new-secret
QWERTY%$#@!12345
this is my secret
MyBestSecret
abc
development
this is a JWTSECRET!!
sekrit
!meal$ecret!
devsecret
testsecret
asdfghjklñ123456
secretjwtpasswordfordevonly
d3vS3cr37
dev-secret
thisisasecret
The JSON Web Token Secret still needs to be configured...
testSecret
TEMP_JSON_WEB_TOKEN_SECRET
encodethejwt
gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr9C
iron_man
jwt_test
somethingsecret
androidchatapplication
gallery-api-development
gallery-api-test
test123
no-secret
slick-rick
aaaa
dumbledor
xyz123
randomText
abc123abc1234
myjwtsecret
BAKERY_STORE
badbreathbuffalo
tzsecretswhatsup
SomethingToSignJWTsWith
saltJWT
FORUMTESTKEY
hvtschoolsecret
!payment$ecret!
nova scotia scova notia
DevSecret
JwtSecret
most_secret_key
*your jasonwebtoken secret*
very secret secret
angular2-secret
CTRL_ALT_ELITE
tokenSecret
figs have wasps inside so i do not engage
SOME_SECRET_STRING
uaa_jwt_secret
JWT SECRET
I Hate the Turtles! - Krang
This is a secret
somesecret
React Starter Kit
Louie Louie, oh no, I got to go Louie Louie, oh no, I got to go
your-secret-code
RandomSecretSharedWithTheAuthService
YOUR_secret_key
SAMPLESECRET
YOUR_JWT_SECRET_HERE
thisisnotsuchabigsecret
KeyOauthJwt
secretkeyhere
shhhh super secret code here bro
insecure_default_secret
change me
salt
secretSecret
helloworld
null
json_web_token_secret
EverythingIsAwesome!
not-so-secret
your-jwt-secret
I Am a Brain! - Krang
secretsecrethushhush
test-secret-1234
thisismysecret
VERYSECRETKEY
SOMETHING
somelongstring
testsecretkey
CHANGE_THIS_SECRET
shhh...itsasecret
THIS_SHOULD_NEVER_BE_THE_KEY_IN_PRODUCTION
mysupersecret
jwtSecret
somereallylongsecretkey
change-this-secret
test-jwt-secret
secret used for the jwt token
jwtKey
TOP_SECRET
Your jwt secret here
super-classified-top-secret-jwt-secret
SECRET#123
i_am_secret
a_jwt_secret
secret-not-provided
CHANGE_ME
need_a_better_secret
localhost
change_this_example_secret
verysecret
this-is-a-very-long-string-to-make-sure-it-is-32-characters-long
hello
my-dummy-jwt-token
my-dummy-token
dev-secret-key
its-a-secret
MySecret
This_Should_be_32_characters_long
devias-top-secret-key
You can not know the secret
secrets
my-ultra-super-secure-and-super-long-secret
a secret for local JWT testing
notasecret!
notasecret
my-ultra-secure-and-ultra-long-secret
sekret
somesecrettoken
DefaultSecretIsNotAGoodSecret
canbeanything
iDontHaveAnySecrets
spookySecretVeryVeryVerySecretive
changeThisInToLongSecret
<VERYLONGSECURESECRET---CHANGE-ME--->
don'tPanic
myverysecretword
<YOUR_JWT_SECRET>
your-hidden-secret
wow so secret
changethisinproduction
JWT Rocks!
super-secret-secret
YOUR_SECRET
somerandomstring
yoursecretkey
my-jwt-secret
secure-your-dreams
SSSSSSSHHHHHHHHHHHSECRET
React Dashboard
SUPA_DUPA_JWT_SECRET_1_39_992_BLEH
DefaultSecretForThisApp
nosecret
Su-Per//Sec!!ret/Key-now-available-in-GitHub
dev-key
thisisasamplesecret
this-is-a-brobdinagian-ultra-secure-and-ultra-long-secret-for-pearlsworth
jwt-conduit-secret
big_apple_in_a_small_tent
SuperSecret
pancakes
devJwtSecret
JWT_SECRET_VALUE
your_jwt_secret
bad-wolf
THISISTHESECRETKEYFORJWT
Secret goes here
you wish!
RandomString
test_secret
ThisIsARandomString
my-super-secret
jwt secret key
example
everybody knows it
ABCDEF$123
your jwt secret
testtokenforsecurity
abeartoken
super-secret-key
default
very_secret
this-is-an-example-of-a-very-long-secret-password
password1
HELLO SECRET
prodSecret
develop-key
SUPER_SECRET
auth-secret-key
I_AM_A_SECRET_KEY
come-up-with-a-super-secret-token-here
shh
Hello
secretToken
SUPER_SECRET_JWT-KEY
NoOneKnows
supersupersecretkey
jwtSecret-Placeholder
special-sauce
idontknow
JWT Secret
some-strong-secret
JWT_SECRET!
thisisasecretkey
MERNSECRET
secretstuff
THISISACLASSIFIEDKEYYOUCANNOTACCESSTHIS
YOUR_JWT_SECRET
A super secret password
SOMESECRET
secretvalue
thisissomesecretornot
thisisasecretformyapp
thiscannotbeempty123456
very-secure-and-unbreakable-secret
add a .env file to root of project with the JWT_SECRET variable.
MINHA_SENHA_SECRETA
the secret message is stay safe
YourSecret
YOUR_SECRET_HERE
this is for development
_Your_super_secret
neverstoplearning
lesecret
cookie
im so lonely
I'm so lonely
someRandomSecretWord
not_a_working_secret
not_secure
changeMe
change_me!!!!
TEST
thishastobesecret13213
yourjwtsecret
development_secret
this-is-a-very-super-powerful-secret-password
auth-test-secret
somethingsecrets
secret_jwt_b1n_dev
c2VjcmV0
shhh-secret
secretcode
foobar2
shh-its-a-secret
your-secret-whatever
TheMostSecretKey
NEED_HERE_A_SECRET_KEY
SecretPassword
somethingconfidential
SeCreTKeY
mylittlesecret
random_string
theJWTSecret
thisCanBeAnyStringYouWant
ChooseTheSecretWisely
some secret string
super_secret_code
some-jwt-secret
PUT_HERE_YOUR_SUPER_SECRET_JWT_CODE
secretword
hellotheresecret
your_secret_value_dont_share_this
your personal secret goes here
TOP SECRET!!!
the-very-secret-secret
change_this_super_secret_random_string
keep it secret, keep it safe
defaultSecret
someSecret
secret goes here
rahasia
a secret phrase!!
supersecretkey
DON'TTELLANYONE
BIIIIIIG_SECRET
secret cat
its a totally secret thing
YOUR_OWN
shhhhhhhhh_test_secret
shhhhhhhhh_it_is_a_secret
i_am_password
Gibberish, jibberish, jibber-jabber and gobbledygook
this-is-the-secret
notsecure
hardsecret
thisissecrete
jwtSecret123
YOUR JWT_SECRET
SetStrongSecretInDotEnv
this_is_secret
NEEDSTOBEGENERATED
keyboardcat
a_long_secret
your json token secret
qwerty
thesecret
change this secret
EscribeCualquierPalabra
mude isso em produção
your_jwt_secret_key
DEVELOPMENT_ONLY_JWT_SECRET
is it secret, is it safe?
My Secret
fake_jwt_secret
anytoken
jwt key
OLDSCHOOLSECRET
blahblah
jwt-secret-value
mysecretisnotheretoo
mysecretisnothere
psssst!
No-secret
SecretKeys_Overhere
ps_jwt_secret_key
this-secret-strength-is-over-nine-thousand
NEED_A_SECRET_KEY
SUPERTAJNEHESLO
mysecretpassword
thisislonglongsecret
your_secret_jwt_key
thisisthejwtsecret
keep it secret
forbiddenfruit
hard!to-guess_secret
this_is_a_jwt_secret_key_no_one_will_ever_know_this_key
{very secret key}
silly
testejwtsecret
myrewolf-secret
dev mode
secret123
BIG_SECRET
keyboard_cat
testjwtsecret
hello123
itsasecret
VerySecr3t!
averylongpassword
niceSecret
youhavetochoseone
s3cr37
something
your-super-secret-string
i love cupcakes
my secret
something-here-dont-leak-it
somepass
asupersecretkey
VERYSECRET
testing-jwt
Secret
keep it secret, keep it safe!
so secret that it hurts a b1t
secrettoken
jwt-dev-secret
my-example-secret-jwt-token
thisisasecret123
topSecret52
REPLACE_WITH_SECRET_KEY
the secret
This_is_the_secret_key_that_iam_using_for_JSON_WEB_TOKEN
examplesecret
this_is_your_secret
this_is_your_other_secret
CI_JWT_SECRET
noclue
dummy
change-secret
secretcode12345678
randomstring
changeit
s3cR3t
verysecretkey
superscretsecret
53cr37K3y
votre_code_secret
superSecretKey
dummysecret
this-is-my-jwt-secret-key-fellas
master_sword
secretsecret
supersecret123
NOT_DEVELOPMENT_ONLY_JWT_SECRET
ThisIsJustAnExampleItShouldBeLongAndRandom
supermegasecret
SUPERSECRET
some Secret
notasecreta
TEST_SECRET
Your_secret_key
your_secret
S3CR37!
DefaultSecret
IMSUCHAGOODSECRET
THIS_IS_NOT_SECURE!#$%
SHOULD_HAVE_PUT_IN_ENV_LOL
abracadabra
super_seckret
unsecure_fallback
t3st_s3cr3t
I LOVE CATS MORE THAN PUPPIES
SecretWord
anysecret
SECRET_KEY_HERE
test jwt secret
secret11
example-secret-key
somesupersecretsecret
supersecret!!!
pleaseuserandomuniquekey
somethingSecret
hard jwt secret
good_luck
my-own-special-jwt-secret
unsafe_jwt_secret
my-very-very-very-long-secret
this is our secret
a-secret
enter-a-secret
replaceThisSecretWithStrongSentence
the_very_secure_and_long_secret_for_jwt
my-very-best-jsonwebtoken-unique-key
THisIsMySceretKey!
aSecretKey
VERYSECURE
this-is-a-secure-key-which-should-be-32-char-long
authentication
somesuperkey
aGVsbG93b3JsZA==
somesuperlongsecret
can be anything
this-is-the-hardest-key-to-crack
insecure
somesupersecretkey
generate_strong_secret_here
YOURSECRET
supersecretpassword
thisisaverylongstring
any_random_secret_key_for_token_generation&
undefined
some_jwt_secret
secretKeyHasAValueNow
testing_secret
verySecret
abcd1234
asdf123
insert_your_random_key_here
HEART_SECRET_STRING
myjwt
abcdefghijklmnopqrstuvwxyz
keysecret
INISECRET
securekey
secretmagic
makeasecret
secretfish
random
qwertyuiop
bogus_secret
my secret string
<SOME-REALLY-COOL-LONG-TEXT-WHICH-HELPS-SCREW-THOSE-HACKERS>
ssshhh_its_a_secret
jwt-secret-here
Secret word
Bearer token signing secret
ENTER_YOUR_JWT_SECRET_HERE
meow
trololo
Development
my-256-bit-secret
STRINGOF64CHARACTERSHERE
json_web_token_secret_key
SECRET123456
thisisakeytoalltheprivatedata
thisisatestsecret
LongDefaultSecretKeyForEncryption
ENTER YOUR TOKEN
REPLACE THIS WITH YOUR JWT SECRET
bad secret
good secret
this is the extremely secret secret
super-secret-string
someRandomString64Bytes
This hardcoded value isnt very secure and secret
MI_CODIGO_SECRETO
shhh
this is my test of a secret. It can be anything
THE_SECRET
secret_here
super secret sauce
secret-but-not-so-secret
jwtSecret should be declared in .env
votre-phrase-secrete
development12345
mysecretsshhh
s1e2c3r4
verysecretive
testkey
s3cre7_P@s5w0Rd_2020
SECRET_JWT
secret_jwt
MiClaveSecreta123*
secretosuperseguro
this_is_not_secure_generate_a_password
we should keep this a secretmaybe
SECRET JWT TOKEN
secreto
your-secret
SECRETO
superscret
DEVKEY
SecretSuperSecure
ULTIMATE_SECRET_JWT
whatever your secret for your jwt is
secret_JWT
SECRETJWT
secretpassword
JSON-WEB-TOKEN
SENHA PRA ENCRIPTAR
SomeSecret
thisisthesecretforjwt
I_LOVE_ICE_CREAM
mocksecretjwt
i-am-very-secret-key
my_secret_jwt
SecretKeyToGenerateJWTs
miSecretJwtToken
miCodigoSecreto
secret-for-jwt
aaaaaaaaaaaaaaaa
YOUR_SECRET_KEY_FOR_JWT
sssshhhh
SECRET_KEY_FOR_CREATE_JSON_WEB_TOKEN
secret untuk jwt
some secret code...
Secret1213
rahasia-negara
public
secret_jwt@env_var_must
helloworld!
super secret string
jwtClave
client_secret_jwt
super secret token
frasesecreta
passphrase big very huge man
hellothisissecret
YourJWTSecretHere
very_secret_key
defaultjwtsecret
S3CR3TK3Y
thisissecret
SuperSecret29
this is secret!
default#shared$key
secret_for-json#web$token
MyUltraSecurePassWordIWontForgetToChange
plz set up secret.
strong_random_bytes
unsecure_password
very_important_secret
secret_from_config
myverysecuresecret
v3ry_important_s3cr3t
MY_JWT_SECRET
this_is_a_secret_phrase
thisismysecretkey
ummm it's a secret
asecret
Keep it safe
jwt_token
write_something
your_secret_here
goodtogo
yourappkey
super_secret
test123test
somesecretstring
lol
password123
very-secret-value
Secret à changer
This is our secret!
set this to something random
someSecretThatShouldntbeExposed
RANDOM_KEYGEN
JsonWebToken Secret
this-secret-must-be-32-character
meme
SOME_JWT_SECRET
apiserversecret
abcdefghij
supersecretdevsecret
a random string (i use a uuid)
SET_ME
secret_phrase
The secret for my store is this right here
MERN_SECRET
Just a bunch of top secret stuff here
mockSecret
secretjwtkey
a
well-known-value
MyJWTSeCrEtStRinG
abcdefghijklmnopqrstuvwxyz1234567890
ultra-secure-safe-long-secret
mernBB-default-secret
a fun secret
Secret@$1234
You Shall Not Pass
its a secret
jwt_hash_secret
put_a_secret_here
my-own-very-deadly-secret
___SECRETO_RANDOM___
session_secret
randomSecretJustToRunSomeTests
supersecreto
***your-256-bit-secret***
todolist-secret-key
some-secret-key
my-secret-jwt-key-placeholder
my0ultra0secure0and0ultra0long0secret
jwt
your_secret_keys
example-secret
secret_secret_super_secret
Login
[SECRET_HERE]
mysecrettoken
use-env-secret
oauth
my-32-character-ultra-secure-and-ultra-long-secret
anystring
jwtPrivateKey
express-typescript-starter-token
secret_env
DEVELOPMENT#SECRET&KEY
mySecretStr
YOURJWTSECRETCHANGEIT
[EDIT_ME]
testing-access-token-secret
my-secret-key-for-jsonwebtoken
Everyb0dyKnow$My$ecret
S3CR3T TH1NG
generatetoken
YOUR KEY HERE
longsecret
calendarSecretKey
JWTSuperSecretKey
SECRET_TOKEN
JWTSecretKey
Dev Secret
jsonwebtokensecret
RandomSecretKey
mySecretToken
secret key for token
SecretKeyCarRentalApp
Itsasecret
your_super_secret_secret
projectsecret
misecreto
Secrets
unauthorized
jwtsecret1234jwtsecret1234jwtsecret1234jwtsecret1234
cat123
A very long secret
JWTSecretKeyDontUseInProduction!
This is a secret to change later to a file
my-secret-from-env-file-in-prod
defaultSecretKey
superSecretLOL
root
super-secret-mock-demo
secretjwt
secretstring
je suis un secret
Talk is cheap, show me the code
SecretjwtKey
defaultSecretKeyPrivate
json-web-token-secret
tokensecret
my_secret-key
asdf
HelloSecretJWT
secretJWT
YourJwtSecretHere
secret_this_should_be_longer
Secret string
secretpacman
SecretJwtKey
YourAnySecretString
SecretJWT
this is my secret ...shhh
secretJWTStringKey
some_secret_jwt
mySecretjwt
your_secret_string
cats and dogs
mySuperSecureSecret
test-secret
MySuperSecretString
SUPER_SECURE_SECRET
my-super-ultra-long-secure-password
don't tell a soul
jWtSeCrEt
securestringforjsonwebtoken...
a secret
dev-jwt-secret
prod-jwt-secret
DEV-JWTSecret
asecrettoeveryone
somekindasecret
jwtS3cr3t
JWTSecretHere
devJWTSecret
stagingJWTSecret
testingJWTSecret
somesecretkeyforjsonwebtoken
youllneverguessthishahaha
testpassphrase
YOUR_JWT_SECRET_GOES_HERE
hex game secret private key
CHANGEME
This is the secret hush hush!
thisisjwtsecret
Random_Secret
YOUR_JWT_TOKEN_SALT_STRING
MY super secure server side secret
[thisisanawefulsecret]
SecretToDecryptJWT
very insecure secret
jwt secret
this is jwt secret
put_your_secret_in_env_variable
[SECRET GOES HERE]
SECRETPASSFORJWTS
Super Secret
changethisordie
changethisoryourplantwillfreeze
REMEMBERTOCHANGETHIS
Change THIS or DIE!!!
totallysecretsecret
secretl0l
Victoria's Secret!
getanewone
changethis
MyJwtSecret
replacethis
thisIsTheSecretOfTheToken
thisIsNotSecretKey
i hate hakers
bA2xcjpf8y5aSUFsNB2qN5yymUBSs6es3qHoFpGkec75RCeBb8cpKauGefw5qy4
33e86ac48e993d06bb3afd382863457e6bca79daf983ec4ba783e75999b1f4a000e686223b87f05659f7f85e0d369a596d32d2df6f76c41fca708c23a7c15488
f8c811f6-2731-476e-9104-fab2f9a51d81
973ed769-a6f6-4885-adef-4bdd3a2f0397
9K6whOetAFaokQgSIdbMQZuJuDV5uS2Y
BvjpTAv86dMLdZdrGRSW6GFY9kbJXI3R
23347$040412
e9rp^&^*&@9sejg)DSUA)jpfds8394jdsfn,m
3f017bc64bb365167987e307cc41c9f4
G1oJqV0ZMeQplXOFMBqtJQlWSzLQCwNX0msJaGJBEi3jbJDz4dXd0w2Obvkrxk8q
lQKXInstrevsZIgvgllT5UCgc1Zt2pXsK1SZolP4wA9HgFnt0fE9EIgLr3Wr0BT9
KDJHF7823RHIU3289FJ932I2G8FG239
E86A21D811DB3BA201A80DEF79AC84E73A7EC18C33758C6112ADB9CD2B479CD0
8736b71cfbeb3535ed7b950bade9a5612fae439c325334c1d8a8a593b2219a2d
3078698059b21d8ec30b0f506c20854b5ed59816fe56cc47a9177da6f258adc3195472ed82ac45076ce847dad93fa2ef294934ad644a86fd255cc75e20efcc9e
hhj4h545h4j5hj45h5j4h545
GCGFAetuHQDP3FCy
$gbK!srXc2Oivn8ZjHa8WRel&Zy4481W
DKLSJFNWEFLIUWNKW3123KLFJIOEWI
2ac67b095a17492944e30284f8fff5adefae43b3c34d6b7b7d82d0211766eaebe8f69fc65b3ed105faa7e7b4c3c62021cde3ceb6fae6661fa05ff105a34b96cc
Rtg8BPKNEf2mB4mgvKONGPZZQSaJWNLijxR42qRgq0iBb5
X4oiXd5PxJWq69
UvKLsxg2Be5v4Fun
qwertyuiopasdfghjklzxcvbnm123456
QWERTYUIOPASDFGHJKLZXCVBNMqwertyuiopasdfghjklzxcvbnm123456789
7777777777777777777777777777777777777777777777777777777777777777
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
v3Hjr2WlAEjXuATVkKoR6fxsqeEtA5MGzBIw7fTaEBP3dEdVEvtYuBJVV2ijy2i8
F9ZhC9fYJGyN842nAaNJttGPRJX0mLruKWsCCzzUezZMrIUfGV9WOJNg1cPWd0TG
c2FtaXJtYW11ZGVpdGNyb3dk
n2127bOgmzao67RiW3umlVs16GL9fEj+JQRDaaN5E9G7yC/b
tj670==5H
mkFOcbEeBGBHLKiMxM6m
fuqiangwcy0203`;

/**
 * Added by hand, not in the wordlist above: defaults of tools and frameworks that people paste
 * into debuggers (jwt.io's sample secrets, the Supabase local JWT secret, Laravel's
 * `.env.example` key, Flask's tutorial key), and a few of the most common passwords.
 */
const WELL_KNOWN_DEFAULTS: readonly string[] = [
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  'super-secret-jwt-token-with-at-least-32-characters-long',
  'SomeRandomString',
  'dev',
  'change-me',
  'changeme',
  'my-secret',
  'shhhhh',
  'keyboard cat',
  'jwt-secret',
  'jwt_secret',
  'jwt-secret-key',
  'jwt_secret_key',
  'JWT_SECRET_KEY',
  'secretOrKey',
  'secretOrPrivateKey',
  'key',
  'private',
  'admin',
  'letmein',
  'welcome',
  'iloveyou',
  'monkey',
  'dragon',
  '111111',
  'qwerty123',
];

export const KNOWN_SECRETS: ReadonlySet<string> = new Set([
  ...WALLARM_JWT_SECRETS.split('\n'),
  ...WELL_KNOWN_DEFAULTS,
]);
