import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { Cover } from '../../ui/Cover.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { Dropzone } from '../upload/Dropzone.tsx';
import { checkImageFile, IMAGE_TYPES } from '../upload/fileRules.ts';
import { UploadError } from '../upload/postToS3.ts';
import { useFileUpload } from '../upload/useFileUpload.ts';
import { useMe } from './useMe.ts';

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      avatarUrl
    }
  }
`);

/** The caller's profile: display name and avatar. */
export function ProfilePage() {
  const [{ data, error }, refetch] = useMe();
  const [updateState, updateProfile] = useMutation(UpdateProfile);
  const uploadFile = useFileUpload();
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const me = data?.me;

  if (!me) {
    if (error)
      return (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    return <Spinner />;
  }
  const displayName = name ?? me.displayName;

  const saveName = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = await updateProfile({ input: { displayName: displayName.trim() } });
    if (!result.error) setSaved('Display name saved.');
  };
  const changeAvatar = async (file: File) => {
    setSaved(null);
    const checked = checkImageFile(file);
    if (!checked.ok) return setAvatarError(checked.message);
    setAvatarError(null);
    setUploading(true);
    try {
      const avatarKey = await uploadFile(file, checked.contentType, () => undefined);
      const result = await updateProfile({ input: { avatarKey } });
      if (!result.error) setSaved('Avatar updated.');
    } catch (caught) {
      setAvatarError(caught instanceof UploadError ? caught.message : 'The avatar could not be uploaded.');
    } finally {
      setUploading(false);
    }
  };

  return (
    <section className="page">
      <PageHeading title="Profile">Your profile</PageHeading>
      <div className="profile">
        <Cover url={me.avatarUrl} size={120} alt="Your avatar" />
        <div>
          <p className="profile__name">{me.displayName}</p>
          <p className="muted">{me.email}</p>
          <p className="muted">Member since {new Date(me.createdAt).toLocaleDateString()}</p>
        </div>
      </div>
      {saved && (
        <p className="notice notice--info" role="status">
          {saved}
        </p>
      )}
      <form className="form" onSubmit={saveName} noValidate>
        <TextField
          label="Display name"
          maxLength={80}
          value={displayName}
          onChange={(e) => setName(e.target.value)}
          error={
            !displayName.trim()
              ? 'A display name is required.'
              : updateState.error
                ? describeError(updateState.error)
                : null
          }
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={updateState.fetching || !displayName.trim()}
        >
          Save name
        </button>
      </form>
      <Dropzone
        label={uploading ? 'Uploading avatar…' : 'Change avatar'}
        hint="JPEG, PNG or WebP, up to 5 MB."
        accept={IMAGE_TYPES.join(',')}
        onFile={changeAvatar}
        disabled={uploading}
      />
      {avatarError && <ErrorNotice message={avatarError} />}
    </section>
  );
}
