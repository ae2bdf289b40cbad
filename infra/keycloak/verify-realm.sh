#!/bin/bash
# End-to-end checks of the zongzhi realm against a running Keycloak that imported zongzhi-realm.json.
# Needs curl, jq, python3. The master-realm admin (KC_BOOTSTRAP_ADMIN_* of start-dev) is used only to read
# brute-force status, clear the lockouts this script causes, and read attributes.
#   KC_URL=http://localhost:18180 KC_ADMIN_USER=admin KC_ADMIN_PASSWORD=admin ./verify-realm.sh
# Side effects: fuhou.admin/yongji.admin get locked and are then unlocked; a user xiguan.admin is created and deleted.
B=${KC_URL:-http://localhost:18180}
AU=${KC_ADMIN_USER:-admin}; AP=${KC_ADMIN_PASSWORD:-admin}
R=$B/realms/zongzhi
TOKEN_URL=$R/protocol/openid-connect/token
PW='Demo#2026'
TMPD=$(mktemp -d); trap 'rm -rf "$TMPD"' EXIT
jwt() { python3 -c 'import sys,json,base64; p=sys.argv[1].split(".")[1]; p+="="*(-len(p)%4); print(json.dumps(json.loads(base64.urlsafe_b64decode(p)),ensure_ascii=False))' "$1"; }
pwtoken() { curl -s -d grant_type=password -d client_id=zongzhi-cli --data-urlencode "username=$1" --data-urlencode "password=$2" $TOKEN_URL; }

echo "== 1. password grant via zongzhi-cli"
for u in changan.grid province.admin; do
  resp=$(curl -s -d grant_type=password -d client_id=zongzhi-cli -d scope=openid --data-urlencode "username=$u" --data-urlencode "password=$PW" $TOKEN_URL)
  at=$(echo "$resp" | jq -r .access_token)
  jwt "$at" | jq -c --arg u $u '{user:$u, iss, sub:(.sub!=null), azp, tenant, roles:.realm_access.roles, aud, "exp-iat":(.exp-.iat), scope}'
  idt=$(echo "$resp" | jq -r .id_token)
  [ "$idt" != null ] && jwt "$idt" | jq -c '{id_token_tenant:.tenant, id_aud:.aud}'
  curl -s -H "Authorization: Bearer $at" $R/protocol/openid-connect/userinfo | jq -c '{userinfo_tenant:.tenant, sub:(.sub!=null), preferred_username}'
done

echo "== 2. refresh rotation"
resp=$(pwtoken changan.admin "$PW"); rt1=$(echo "$resp" | jq -r .refresh_token)
r2=$(curl -s -d grant_type=refresh_token -d client_id=zongzhi-cli -d refresh_token=$rt1 $TOKEN_URL)
echo "first refresh: access_token present=$(echo "$r2" | jq 'has("access_token")') new refresh differs=$(test "$(echo "$r2" | jq -r .refresh_token)" != "$rt1" && echo true || echo false)"
echo -n "reuse old refresh token: "; curl -s -w ' HTTP %{http_code}\n' -d grant_type=refresh_token -d client_id=zongzhi-cli -d refresh_token=$rt1 $TOKEN_URL
echo -n "new refresh token after reuse attempt: "; curl -s -o /dev/null -w 'HTTP %{http_code}\n' -d grant_type=refresh_token -d client_id=zongzhi-cli -d refresh_token=$(echo "$r2" | jq -r .refresh_token) $TOKEN_URL

echo "== 3. brute force on fuhou.admin (failures spaced 1.2 s apart, i.e. slower than quickLoginCheckMilliSeconds)"
ATOK=$(curl -s -d grant_type=password -d client_id=admin-cli --data-urlencode "username=$AU" --data-urlencode "password=$AP" $B/realms/master/protocol/openid-connect/token | jq -r .access_token)
bf() { curl -s -H "Authorization: Bearer $ATOK" $B/admin/realms/zongzhi/attack-detection/brute-force/users/$(curl -s -H "Authorization: Bearer $ATOK" "$B/admin/realms/zongzhi/users?username=$1&exact=true" | jq -r '.[0].id') | jq -c '{disabled, numFailures, numTemporaryLockouts}'; }
for i in 1 2 3 4 5; do echo -n "wrong #$i: "; pwtoken fuhou.admin wrong-$i | jq -c .; sleep 1.2; done
echo -n "right password after 5 failures: "; curl -s -w ' HTTP %{http_code}\n' -d grant_type=password -d client_id=zongzhi-cli -d username=fuhou.admin --data-urlencode "password=$PW" $TOKEN_URL
echo -n "attack-detection status fuhou.admin: "; bf fuhou.admin
echo "-- control: 4 spaced failures on yongji.clerk, then right password"
for i in 1 2 3 4; do pwtoken yongji.clerk wrong-$i > /dev/null; sleep 1.2; done
echo -n "status after 4: "; bf yongji.clerk
echo -n "right password after 4 failures: "; pwtoken yongji.clerk "$PW" | jq -c '{ok:has("access_token"), error}'
echo "-- quick-login check: 2 failures < 1 s apart on yongji.admin"
pwtoken yongji.admin wrong-a > /dev/null; pwtoken yongji.admin wrong-b > /dev/null
echo -n "status: "; bf yongji.admin
echo -n "right password: "; pwtoken yongji.admin "$PW" | jq -c '{ok:has("access_token"), error, error_description}'
for u in fuhou.admin yongji.admin; do
  curl -s -o /dev/null -w "admin clears lockout of $u: HTTP %{http_code}\n" -X DELETE -H "Authorization: Bearer $ATOK" $B/admin/realms/zongzhi/attack-detection/brute-force/users/$(curl -s -H "Authorization: Bearer $ATOK" "$B/admin/realms/zongzhi/users?username=$u&exact=true" | jq -r '.[0].id')
done
echo -n "fuhou.admin right password after unlock: "; pwtoken fuhou.admin "$PW" | jq -c '{ok:has("access_token"), error}'

echo "== 4. tenant service provisions a center admin"
ST=$(curl -s -u zongzhi-tenant-service:tenant-service-demo-secret -d grant_type=client_credentials $TOKEN_URL | jq -r .access_token)
jwt "$ST" | jq -c '{azp, aud, rm:.resource_access["realm-management"].roles, tenant, client_id}'
H=(-H "Authorization: Bearer $ST" -H 'Content-Type: application/json')
echo -n "create user: "; curl -s -o /dev/null -w 'HTTP %{http_code}\n' "${H[@]}" -X POST $B/admin/realms/zongzhi/users -d '{"username":"xiguan.admin","enabled":true,"emailVerified":true,"firstName":"西关社区综治中心管理员","attributes":{"tenant":["140404101"]},"credentials":[{"type":"password","value":"Demo#2026","temporary":false}]}'
NID=$(curl -s "${H[@]}" "$B/admin/realms/zongzhi/users?username=xiguan.admin&exact=true" | jq -r '.[0].id')
echo "new user id: $NID"
echo -n "GET /roles/center-admin as service: "; curl -s -o $TMPD/role.json -w 'HTTP %{http_code}\n' "${H[@]}" $B/admin/realms/zongzhi/roles/center-admin
echo -n "available realm roles for user as service: "; curl -s -o $TMPD/avail.json -w 'HTTP %{http_code}\n' "${H[@]}" $B/admin/realms/zongzhi/users/$NID/role-mappings/realm/available
ROLE=$(jq -c '[.[]? // . | select(.name=="center-admin") | {id,name}]' $TMPD/avail.json)
[ "$ROLE" = "[]" ] && ROLE=$(jq -c '[{id,name}]' $TMPD/role.json)
echo "role rep: $ROLE"
echo -n "assign center-admin: "; curl -s -w ' HTTP %{http_code}\n' "${H[@]}" -X POST $B/admin/realms/zongzhi/users/$NID/role-mappings/realm -d "$ROLE"
echo -n "bad tenant rejected by user profile: "; curl -s -w ' HTTP %{http_code}\n' "${H[@]}" -X POST $B/admin/realms/zongzhi/users -d '{"username":"bad.tenant","enabled":true,"firstName":"a","attributes":{"tenant":["1404041"]}}'
resp=$(pwtoken xiguan.admin "$PW"); jwt "$(echo "$resp" | jq -r .access_token)" | jq -c '{preferred_username, name, tenant, roles:.realm_access.roles, aud}'
echo -n "delete user: "; curl -s -o /dev/null -w 'HTTP %{http_code}\n' "${H[@]}" -X DELETE $B/admin/realms/zongzhi/users/$NID
echo -n "user gone: "; curl -s "${H[@]}" "$B/admin/realms/zongzhi/users?username=xiguan.admin&exact=true" | jq -c .

echo "== 5. user cannot change own tenant via account API"
UT=$(pwtoken changan.grid "$PW" | jq -r .access_token)
echo -n "GET account: "; curl -s -H "Authorization: Bearer $UT" -H 'Accept: application/json' $R/account | tee $TMPD/acct.json | jq -c '{username, attributes}'
BODY=$(jq -c '.attributes = ((.attributes // {}) + {tenant:["14"]}) | del(.userProfileMetadata)' $TMPD/acct.json)
echo -n "POST account with tenant=14: "; curl -s -w ' HTTP %{http_code}\n' -H "Authorization: Bearer $UT" -H 'Content-Type: application/json' -H 'Accept: application/json' -X POST $R/account -d "$BODY"
CID=$(curl -s -H "Authorization: Bearer $ATOK" "$B/admin/realms/zongzhi/users?username=changan.grid&exact=true" | jq -r '.[0].id')
echo -n "ordinary self-service update (no tenant in body): "; curl -s -w 'HTTP %{http_code}\n' -H "Authorization: Bearer $UT" -H 'Content-Type: application/json' -X POST $R/account -d "$(jq -c 'del(.userProfileMetadata)' $TMPD/acct.json)"
echo -n "tenant after attempt (admin view): "; curl -s -H "Authorization: Bearer $ATOK" $B/admin/realms/zongzhi/users/$CID | jq -c '{firstName, attributes}' 
echo -n "tenant in a fresh token: "; jwt "$(pwtoken changan.grid "$PW" | jq -r .access_token)" | jq -c .tenant
